package vn.tdkt.nomination.sla.application;

import java.time.LocalDate;
import vn.tdkt.nomination.sla.domain.SlaContext;

/**
 * Aggregates that run working-day clocks (dossiers today). The SLA scan asks each to give the notices due on a day;
 * the owning feature implements it, so the clocks' feature never reaches into another feature's store.
 */
public interface ClockedAggregates {

    /**
     * Gives every notice due on {@code today}, each exactly once per aggregate, clock and step (the mark and the
     * event are one version-guarded save).
     */
    ScanResult giveNoticesDue(LocalDate today, int marginDays, SlaContext sla);

    /** @param examined aggregates read, emitted events written, conflicts saves lost to a concurrent change */
    record ScanResult(int examined, int emitted, int conflicts) {

        public ScanResult plus(ScanResult other) {
            return new ScanResult(examined + other.examined, emitted + other.emitted, conflicts + other.conflicts);
        }
    }
}
