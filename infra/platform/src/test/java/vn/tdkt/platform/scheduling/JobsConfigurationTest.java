package vn.tdkt.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;

class JobsConfigurationTest {

    @JobsConfiguration(prefix = "tdkt.sample", switchName = "cleanup-scheduled")
    static class SampleJobs {

        @Bean
        LockedJob sampleJob() {
            return LockedJob.every("sample", Duration.ofMinutes(1), Duration.ZERO, () -> { });
        }
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(SampleJobs.class);

    @Test
    void the_jobs_are_on_when_the_switch_is_unset_or_true() {
        runner.run(context -> assertThat(context).hasSingleBean(LockedJob.class));
        runner.withPropertyValues("tdkt.sample.cleanup-scheduled=true")
                .run(context -> assertThat(context).hasSingleBean(LockedJob.class));
    }

    @Test
    void the_switch_under_the_prefix_turns_them_off() {
        runner.withPropertyValues("tdkt.sample.cleanup-scheduled=false")
                .run(context -> assertThat(context).doesNotHaveBean(LockedJob.class));
        // another feature's switch leaves these jobs alone
        runner.withPropertyValues("tdkt.other.cleanup-scheduled=false", "tdkt.sample.scheduled=false")
                .run(context -> assertThat(context).hasSingleBean(LockedJob.class));
    }
}
