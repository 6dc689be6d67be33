package vn.tdkt.nomination.sla.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import lombok.RequiredArgsConstructor;

/**
 * The SLA scan: every clocked aggregate gives the notices due today ({@code dossier-sla-due},
 * {@code dossier-sla-breached}). Exactly once does not depend on the scheduler's lock: each notice is written with
 * its mark in one version-guarded save, so a second scanner loses the race and writes nothing.
 */
@Service
@RequiredArgsConstructor
public class SlaScanner {

    private final List<ClockedAggregates> targets;
    private final WorkingDays workingDays;
    private final SlaProperties properties;
    private final Clock clock;

    public ClockedAggregates.ScanResult scan() {
        return scan(LocalDate.now(clock));
    }

    public ClockedAggregates.ScanResult scan(LocalDate today) {
        ClockedAggregates.ScanResult total = new ClockedAggregates.ScanResult(0, 0, 0);
        for (ClockedAggregates target : targets) {
            total = total.plus(target.giveNoticesDue(today, properties.scanMarginDays(), workingDays.context()));
        }
        return total;
    }
}
