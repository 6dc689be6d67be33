package vn.tdkt.platformtest.time;

import java.time.LocalDate;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the platform clock with a {@link MutableClock} (the platform's clock bean is conditional on a missing
 * one). It starts on {@code tdkt.test.today} (default 2025-01-03, a Friday of the demo plan's year).
 */
@TestConfiguration(proxyBeanMethods = false)
public class MutableClockConfiguration {

    @Bean
    @Primary
    public MutableClock clock(org.springframework.core.env.Environment environment) {
        return new MutableClock(LocalDate.parse(environment.getProperty("tdkt.test.today", "2025-01-03")));
    }
}
