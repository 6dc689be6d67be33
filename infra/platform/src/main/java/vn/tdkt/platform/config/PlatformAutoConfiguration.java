package vn.tdkt.platform.config;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;
import vn.tdkt.platform.consumer.IdempotentConsumer;
import vn.tdkt.platform.health.MongoPingHealthIndicator;
import vn.tdkt.platform.consumer.ProcessedEventStore;
import vn.tdkt.platform.consumer.SequenceHighWaterMark;
import vn.tdkt.platform.messaging.InboundEventReader;
import vn.tdkt.platform.outbox.KafkaEventPublisher;
import vn.tdkt.platform.outbox.MongoOutboxStore;
import vn.tdkt.platform.outbox.OutboxKickOnSave;
import vn.tdkt.platform.outbox.OutboxPoller;
import vn.tdkt.platform.outbox.OutboxProperties;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.outbox.OutboxRelay;
import vn.tdkt.platform.security.JwtPrincipals;
import vn.tdkt.platform.security.PathScopedBearerTokenResolver;
import vn.tdkt.platform.security.SecurityProperties;
import vn.tdkt.platform.security.TdktPrincipalArgumentResolver;
import vn.tdkt.platform.text.NfcJacksonModule;
import vn.tdkt.platform.trace.TraceContextFilter;
import vn.tdkt.platform.web.idempotency.IdempotencyKeyFilter;
import vn.tdkt.platform.web.idempotency.IdempotencyStore;
import vn.tdkt.platform.web.paging.PagingProperties;
import vn.tdkt.platform.web.problem.ProblemDetailsAdvice;
import vn.tdkt.platform.web.problem.ProblemSecurityHandlers;
import vn.tdkt.platform.web.problem.Problems;

/** Wires the shared kit into every service that has the platform on its classpath. */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
@EnableConfigurationProperties({OutboxProperties.class, SecurityProperties.class, PagingProperties.class})
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
@EnableMethodSecurity
public class PlatformAutoConfiguration {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZONE);
    }

    @Bean
    NfcJacksonModule nfcJacksonModule() {
        return new NfcJacksonModule();
    }

    @Bean
    Problems problems(MessageSource messageSource) {
        return new Problems(messageSource);
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice(Problems problems) {
        return new ProblemDetailsAdvice(problems);
    }

    /** Contributor "mongoPing"; Boot's own Mongo indicator is switched off in the defaults, see {@link MongoPingHealthIndicator}. */
    @Bean
    MongoPingHealthIndicator mongoPingHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    // --- scheduling locks -------------------------------------------------------------------------------

    @Bean
    @ConditionalOnMissingBean
    LockProvider lockProvider(MongoTemplate mongo) {
        return new MongoLockProvider(mongo.getDb());
    }

    @Bean
    @ConditionalOnMissingBean
    LockingTaskExecutor lockingTaskExecutor(LockProvider lockProvider) {
        return new DefaultLockingTaskExecutor(lockProvider);
    }

    // --- outbox -----------------------------------------------------------------------------------------

    @Bean
    OutboxRecorder outboxRecorder(Clock clock) {
        return new OutboxRecorder(clock);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(prefix = "tdkt.outbox", name = "topic")
    KafkaEventPublisher outboxEventPublisher(OutboxProperties properties,
            @Value("${tdkt.kafka.bootstrap-servers}") String bootstrapServers,
            @Value("${spring.application.name:tdkt}") String applicationName) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-outbox");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        // Bounded waits: while the broker is down a relay round fails fast and the events stay pending.
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        return new KafkaEventPublisher(config, properties.topic(), properties.source());
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(prefix = "tdkt.outbox", name = "topic")
    OutboxRelay outboxRelay(OutboxProperties properties, MongoTemplate mongo, KafkaEventPublisher publisher,
            LockingTaskExecutor lockingTaskExecutor, Clock clock) {
        return new OutboxRelay(new MongoOutboxStore(mongo, properties.collections()), publisher, lockingTaskExecutor,
                clock, properties.batchSize(), properties.lockAtMostFor(), properties.enabled());
    }

    @Bean
    @ConditionalOnProperty(prefix = "tdkt.outbox", name = "topic")
    OutboxKickOnSave outboxKickOnSave(OutboxRelay relay) {
        return new OutboxKickOnSave(relay);
    }

    @Bean
    @ConditionalOnProperty(prefix = "tdkt.outbox", name = "topic")
    OutboxPoller outboxPoller(OutboxRelay relay) {
        return new OutboxPoller(relay);
    }

    @Bean
    @ConditionalOnProperty(prefix = "tdkt.outbox", name = "topic")
    MeterBinder outboxMetrics(OutboxRelay relay) {
        return registry -> {
            Gauge.builder("tdkt.outbox.backlog", relay, OutboxRelay::backlogEntries)
                    .description("Events written to aggregate outboxes and not yet acknowledged by Kafka")
                    .register(registry);
            Gauge.builder("tdkt.outbox.oldest.age", relay, OutboxRelay::oldestPendingAgeSeconds)
                    .description("Age in seconds of the oldest pending outbox event").baseUnit("seconds")
                    .register(registry);
            Gauge.builder("tdkt.outbox.sent", relay, OutboxRelay::sentTotal)
                    .description("Events relayed since start").register(registry);
        };
    }

    // --- consumers --------------------------------------------------------------------------------------

    @Bean
    ProcessedEventStore processedEventStore(MongoTemplate mongo, Clock clock,
            @Value("${tdkt.consumer.processed-retention:P30D}") Duration retention) {
        return new ProcessedEventStore(mongo, clock, retention);
    }

    @Bean
    IdempotentConsumer idempotentConsumer(ProcessedEventStore store,
            @Value("${spring.application.name:tdkt}") String group) {
        return new IdempotentConsumer(store, group);
    }

    @Bean
    SequenceHighWaterMark sequenceHighWaterMark(MongoTemplate mongo,
            @Value("${spring.application.name:tdkt}") String group) {
        return new SequenceHighWaterMark(mongo, group);
    }

    @Bean
    InboundEventReader inboundEventReader(Validator validator) {
        return new InboundEventReader(validator);
    }

    // --- web --------------------------------------------------------------------------------------------

    @Bean
    FilterRegistrationBean<TraceContextFilter> traceContextFilter() {
        FilterRegistrationBean<TraceContextFilter> registration = new FilterRegistrationBean<>(new TraceContextFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    IdempotencyStore idempotencyStore(MongoTemplate mongo, Clock clock,
            @Value("${tdkt.idempotency.retention:P2D}") Duration retention) {
        return new IdempotencyStore(mongo, clock, retention);
    }

    @Bean
    FilterRegistrationBean<IdempotencyKeyFilter> idempotencyKeyFilter(IdempotencyStore store, Problems problems,
            JsonMapper json) {
        FilterRegistrationBean<IdempotencyKeyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyKeyFilter(store, problems, json));
        // After Spring Security (order -100), so the key is scoped to an authenticated caller.
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        return registration;
    }

    @Bean
    WebMvcConfigurer principalArgumentResolver() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new TdktPrincipalArgumentResolver());
            }
        };
    }

    // --- security ---------------------------------------------------------------------------------------

    @Bean
    ProblemSecurityHandlers problemSecurityHandlers(Problems problems, JsonMapper json) {
        return new ProblemSecurityHandlers(problems, json);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain tdktSecurityFilterChain(HttpSecurity http, SecurityProperties properties,
            ProblemSecurityHandlers handlers) throws Exception {
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(properties.allPublicPaths()).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(new PathScopedBearerTokenResolver(properties.queryTokenPaths()))
                        .authenticationEntryPoint(handlers.entryPoint())
                        .accessDeniedHandler(handlers.accessDeniedHandler())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(JwtPrincipals.authenticationConverter())))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(handlers.entryPoint())
                        .accessDeniedHandler(handlers.accessDeniedHandler()))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
