package vn.tdkt.platform.config;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import tools.jackson.databind.DeserializationFeature;
import vn.tdkt.platform.scheduling.LockedJob;
import vn.tdkt.platform.scheduling.LockedJobs;
import vn.tdkt.platform.text.NfcJacksonModule;

/**
 * What every service shares before any concern: the clock in the province's zone, NFC text on input, strictly read
 * request bodies, and
 * scheduling with one-instance locks (ShedLock on the service's own MongoDB): a service declares {@link LockedJob}
 * beans, and {@link LockedJobs} runs them.
 */
@AutoConfiguration
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
public class CoreAutoConfiguration {

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

    /**
     * Request bodies are read strictly where leniency would store what nobody meant:
     * <ul>
     *   <li>a year, a count or a figure sent as {@code 2026.9} is refused, not cut to {@code 2026} (Jackson's default
     *       truncates a fraction into a whole-number field without a word);</li>
     *   <li>a list or set with a {@code null} element ({@code "tasks": [null]}) is refused naming the element: bean
     *       validation skips null elements, and code that reads the list would fail on it with a 500.</li>
     * </ul>
     */
    @Bean
    JsonMapperBuilderCustomizer strictRequestBodies() {
        JsonSetter.Value noNullElements = JsonSetter.Value.forContentNulls(Nulls.FAIL);
        return builder -> {
            builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
            for (Class<?> container : List.of(Collection.class, List.class, Set.class)) {
                builder.withConfigOverride(container, override -> override.setNullHandling(noNullElements));
            }
        };
    }

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

    @Bean
    LockedJobs lockedJobs(ObjectProvider<LockedJob> jobs, LockingTaskExecutor locks,
            ObjectProvider<MeterRegistry> meters) {
        return new LockedJobs(jobs.orderedStream().toList(), locks, meters.getIfAvailable(SimpleMeterRegistry::new));
    }
}
