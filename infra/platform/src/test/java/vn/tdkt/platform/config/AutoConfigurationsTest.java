package vn.tdkt.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.tdkt.platform.consumer.IdempotentConsumer;
import vn.tdkt.platform.consumer.ProcessedEventStore;
import vn.tdkt.platform.health.MongoPingHealthIndicator;
import vn.tdkt.platform.messaging.InboundEventReader;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.outbox.OutboxRelay;
import vn.tdkt.platformtest.mongo.SharedMongoServer;

/** Each concern's auto-configuration starts on its own, with only what it says it needs. */
class AutoConfigurationsTest {



    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withInitializer(context -> context.getBeanFactory()
                        .setConversionService(ApplicationConversionService.getSharedInstance()))
                .withBean(MongoTemplate.class, () -> SharedMongoServer.freshDatabase("autoconfig"))
                .withBean(Validator.class, () -> Validation.buildDefaultValidatorFactory().getValidator());
    }

    @Test
    void core_gives_the_clock_in_the_province_zone_and_scheduler_locks() {
        runner().withConfiguration(AutoConfigurations.of(CoreAutoConfiguration.class)).run(context -> {
            assertThat(context.getBean(Clock.class).getZone()).isEqualTo(CoreAutoConfiguration.ZONE);
            assertThat(context).hasSingleBean(LockingTaskExecutor.class);
            assertThat(context).hasSingleBean(vn.tdkt.platform.scheduling.LockedJobs.class);
            assertThat(context).doesNotHaveBean(OutboxRecorder.class).doesNotHaveBean(ProcessedEventStore.class);
        });
    }

    @Test
    void the_outbox_records_everywhere_but_relays_only_where_a_topic_is_named() {
        runner().withConfiguration(AutoConfigurations.of(CoreAutoConfiguration.class, OutboxAutoConfiguration.class))
                .run(context -> {
                    assertThat(context).hasSingleBean(OutboxRecorder.class);
                    assertThat(context).doesNotHaveBean(OutboxRelay.class);
                });
        runner().withConfiguration(AutoConfigurations.of(CoreAutoConfiguration.class, OutboxAutoConfiguration.class))
                .withPropertyValues("tdkt.outbox.topic=tdkt.sample.events", "tdkt.outbox.enabled=false",
                        "tdkt.kafka.bootstrap-servers=localhost:1")
                .run(context -> assertThat(context).hasSingleBean(OutboxRelay.class));
    }

    @Test
    void consumers_get_the_reader_and_the_processed_events_store_named_after_the_service() {
        runner().withConfiguration(AutoConfigurations.of(CoreAutoConfiguration.class, ConsumerAutoConfiguration.class))
                .withPropertyValues("spring.application.name=sample-service")
                .run(context -> {
                    assertThat(context).hasSingleBean(InboundEventReader.class);
                    assertThat(context.getBean(IdempotentConsumer.class).group()).isEqualTo("sample-service");
                    assertThat(context).doesNotHaveBean(OutboxRecorder.class);
                });
    }

    @Test
    void observability_adds_the_mongo_ping_and_outbox_gauges_only_with_a_relay() {
        runner().withConfiguration(AutoConfigurations.of(CoreAutoConfiguration.class,
                        ObservabilityAutoConfiguration.class))
                .run(context -> {
                    assertThat(context).hasSingleBean(MongoPingHealthIndicator.class);
                    assertThat(context).doesNotHaveBean("outboxMetrics");
                });
    }

    @Test
    void web_and_security_stay_out_of_a_non_web_application() {
        runner().withConfiguration(AutoConfigurations.of(CoreAutoConfiguration.class, WebAutoConfiguration.class,
                        SecurityAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean("problems")
                        .doesNotHaveBean("tdktSecurityFilterChain"));
    }
}
