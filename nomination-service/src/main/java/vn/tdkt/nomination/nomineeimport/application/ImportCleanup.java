package vn.tdkt.nomination.nomineeimport.application;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Removes the hidden dossiers of confirmations whose writer died before the flip (see NomineeImportService). */
@Component
@ConditionalOnProperty(prefix = "tdkt.nomination.nominee-import", name = "cleanup-scheduled", havingValue = "true",
        matchIfMissing = true)
public class ImportCleanup {

    private final NomineeImportService imports;
    private final Duration abandonedAfter;

    public ImportCleanup(NomineeImportService imports,
            @Value("${tdkt.nomination.nominee-import.abandoned-after:PT15M}") Duration abandonedAfter) {
        this.imports = imports;
        this.abandonedAfter = abandonedAfter;
    }

    @Scheduled(fixedDelayString = "${tdkt.nomination.nominee-import.cleanup-interval:PT5M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "nominee-import-cleanup", lockAtMostFor = "PT10M")
    public void run() {
        imports.cleanUpAbandoned(abandonedAfter);
    }
}
