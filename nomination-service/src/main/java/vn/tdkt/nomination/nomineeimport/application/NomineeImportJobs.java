package vn.tdkt.nomination.nomineeimport.application;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import vn.tdkt.platform.scheduling.JobsConfiguration;
import vn.tdkt.platform.scheduling.LockedJob;

/**
 * Removes the hidden dossiers of confirmations whose writer died before the flip (see
 * {@link NomineeImportService#cleanUpAbandoned}), every {@code cleanup-interval} on one instance at a time.
 */
@JobsConfiguration(prefix = "tdkt.nomination.nominee-import", switchName = "cleanup-scheduled")
class NomineeImportJobs {

    @Bean
    LockedJob nomineeImportCleanup(NomineeImportService imports,
            @Value("${tdkt.nomination.nominee-import.cleanup-interval:PT5M}") Duration interval,
            @Value("${tdkt.nomination.nominee-import.abandoned-after:PT15M}") Duration abandonedAfter) {
        return LockedJob.every("nominee-import-cleanup", interval, Duration.ofMinutes(1),
                () -> imports.cleanUpAbandoned(abandonedAfter));
    }
}
