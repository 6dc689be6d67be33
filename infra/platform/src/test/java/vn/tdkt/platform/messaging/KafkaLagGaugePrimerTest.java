package vn.tdkt.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.cloud.stream.binder.kafka.KafkaBinderMetrics;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.messaging.Message;
import vn.tdkt.platformtest.mongo.SharedMongoServer;
import lombok.RequiredArgsConstructor;

/**
 * A service stopped as soon as it has started, while the Kafka binder computes its lag gauge for the first time,
 * still stops; the gauge stays. Without {@link KafkaLagGaugePrimer} that stop never returned (see there why).
 */
class KafkaLagGaugePrimerTest {

    static final String TOPIC = "tdkt.lagtest.events";
    static final String GROUP = "lag-test";
    /** Well above the binder's own wait for its scheduler on close, the lag interval set below (5 s). */
    static final Duration STOP_BOUND = Duration.ofSeconds(30);
    private static final EmbeddedKafkaKraftBroker BROKER = startBroker();

    private static EmbeddedKafkaKraftBroker startBroker() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3, TOPIC);
        broker.afterPropertiesSet();
        return broker;
    }

    @AfterAll
    static void stopBroker() {
        BROKER.destroy();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class TestApp {
        @Bean
        Consumer<Message<byte[]>> lagEvents() {
            return message -> { };
        }
    }

    @Test
    void a_service_stopped_while_the_lag_gauge_first_computes_still_stops_and_the_gauge_is_kept() throws Exception {
        AtomicReference<KafkaBinderMetrics> metrics = new AtomicReference<>();
        AtomicBoolean gaugeKept = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        // One thread starts the service and stops it, as the shutdown hook would; the test only waits for it.
        Thread service = new Thread(() -> {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(TestApp.class)
                    .initializers(main -> {
                        main.addApplicationListener((ApplicationListener<ContextRefreshedEvent>) refreshed -> {
                            if (refreshed.getApplicationContext() != main) {
                                metrics.set(refreshed.getApplicationContext().getBean(KafkaBinderMetrics.class));
                            }
                        });
                        main.getBeanFactory().registerSingleton("stopBeginsNow", new StopBeginsNow(metrics));
                    })
                    .run("--spring.main.banner-mode=off",
                            "--spring.main.web-application-type=none",
                            "--spring.application.name=" + GROUP,
                            "--spring.mongodb.uri=" + SharedMongoServer.uri(),
                            "--spring.mongodb.database=lag-" + UUID.randomUUID().toString().substring(0, 8),
                            "--tdkt.kafka.bootstrap-servers=" + BROKER.getBrokersAsString(),
                            "--tdkt.outbox.enabled=false",
                            "--spring.cloud.function.definition=lagEvents",
                            "--spring.cloud.stream.bindings.lagEvents-in-0.destination=" + TOPIC,
                            "--spring.cloud.stream.kafka.binder.metrics.offset-lag-metrics-interval=5s");
            Gauge lag = context.getBean(MeterRegistry.class).find(KafkaBinderMetrics.OFFSET_LAG_METRIC_NAME)
                    .tags("group", GROUP, "topic", TOPIC).gauge();
            gaugeKept.set(lag != null);
            started.countDown();
            if (lag != null) {
                // a lag computation now, while the stop holds the binder's lock (waits at most the binder's 5 s)
                lag.value();
            }
            context.close();
            stopped.countDown();
        }, "service");
        service.setDaemon(true);
        service.start();

        assertThat(started.await(2, TimeUnit.MINUTES)).as("the service started").isTrue();
        assertThat(gaugeKept).as("the lag gauge of group %s, topic %s", GROUP, TOPIC).isTrue();
        assertThat(stopped.await(STOP_BOUND.toSeconds(), TimeUnit.SECONDS))
                .as(() -> "the stop ended within " + STOP_BOUND + "; it is at "
                        + Arrays.stream(service.getStackTrace()).limit(3).toList()).isTrue();
    }

    /**
     * Stands in for a stop at the worst moment, and as early as one could come: just after the platform's primer, on
     * the thread that will close the context, it takes the lock the binder's {@code close()} takes first. The
     * binder's first scheduled lag computation comes a second after the bindings were created, so without the primer
     * it meets the lock held. (Left to chance, the moment is a window of microseconds.) The lock is private to the
     * binder, hence the reflection.
     */
    @RequiredArgsConstructor
    static class StopBeginsNow implements SmartLifecycle {
        /** The binder context's metrics, caught when that context is refreshed. */
        private final AtomicReference<KafkaBinderMetrics> metrics;
        private volatile boolean running;

        @Override
        public void start() {
            try {
                Field lock = KafkaBinderMetrics.class.getDeclaredField("consumerFactoryLock");
                lock.setAccessible(true);
                ((ReentrantLock) lock.get(metrics.get())).lock();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            running = true;
        }

        @Override
        public void stop() {
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        @Override
        public int getPhase() {
            return KafkaLagGaugePrimer.PHASE + 1;
        }
    }
}
