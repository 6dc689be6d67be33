package vn.tdkt.plan.plan.application;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.tdkt.platform.scheduling.LockedJob;

/** The repair of interrupted task syncs every {@code tdkt.plan.task-sync-repair-interval}, one instance at a time. */
@Configuration(proxyBeanMethods = false)
class PlanJobs {

    @Bean
    LockedJob taskSyncRepair(PlanService plans,
            @Value("${tdkt.plan.task-sync-repair-interval:PT5M}") Duration interval) {
        return LockedJob.every("plan-task-sync-repair", interval, Duration.ofSeconds(30), plans::repairTaskSync);
    }
}
