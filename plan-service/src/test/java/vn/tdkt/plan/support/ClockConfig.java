package vn.tdkt.plan.support;

import java.time.LocalDate;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the platform clock with a {@link MutableClock} (the platform's clock bean is conditional on missing). */
@TestConfiguration(proxyBeanMethods = false)
public class ClockConfig {

    @Bean
    @Primary
    public MutableClock clock() {
        return new MutableClock(LocalDate.of(2025, 1, 3));
    }

}
