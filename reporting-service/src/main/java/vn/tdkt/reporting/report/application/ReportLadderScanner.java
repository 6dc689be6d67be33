package vn.tdkt.reporting.report.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.reporting.projection.application.Projection;
import vn.tdkt.reporting.projection.application.WorkingCalendar;
import vn.tdkt.reporting.report.domain.ReportDuty;
import vn.tdkt.reporting.report.domain.ReportLadder;
import vn.tdkt.reporting.report.persistence.ReportDutyStore;
import lombok.RequiredArgsConstructor;

/**
 * The report ladder scan. Reads only the duties the units still owe whose deadline lies in the window where a step
 * can fall (through the (status, deadline) index), decides each one's steps and writes marks and events in one
 * save guarded by the version that was read.
 *
 * <p>Exactly once: a step is emitted only together with its mark, in one atomic document write, and only if the
 * document still has the version that was read. Two scanners that read the same version compute the same step; the
 * first save wins, the second fails the version check and is dropped; its next scan finds the mark.
 */
@Service
@RequiredArgsConstructor
public class ReportLadderScanner {

    private static final Logger log = LoggerFactory.getLogger(ReportLadderScanner.class);

    private final ReportDutyStore duties;
    private final ObligationService obligations;
    private final WorkingCalendar calendar;
    private final ReportProperties properties;
    private final Projection projection;
    private final Clock clock;

    public record ScanResult(int examined, int emitted, int conflicts) {
    }

    public ScanResult scan() {
        obligations.openPendingDuties();
        return scan(LocalDate.now(clock));
    }

    ScanResult scan(LocalDate today) {
        ReportLadder ladder = new ReportLadder(properties.policy(), calendar.calendar());
        int allowance = properties.shiftAllowanceDays();
        List<Versioned<ReportDuty>> candidates = duties.openWithDeadlineBetween(
                today.minusDays(ladder.policy().maxOverdueOffset() + 1L + allowance),
                today.plusDays(ladder.policy().maxDueOffset() + 1L + allowance));
        int emitted = 0;
        int conflicts = 0;
        for (Versioned<ReportDuty> candidate : candidates) {
            ReportLadder.Decision decision = ladder.decide(candidate.value(), today);
            if (decision.isEmpty()) {
                continue;
            }
            try {
                Versioned<ReportDuty> saved = duties.update(candidate.value().id(),
                        version -> {
                            if (version != candidate.version()) {
                                throw new OptimisticLockingFailureException("duty changed since the scan read it");
                            }
                        },
                        duty -> duty.remind(decision, today));
                emitted += decision.emit().size();
                projection.changed(DutyService.VIEW, saved.value().id());
            } catch (OptimisticLockingFailureException raced) {
                conflicts++;
                log.debug("Duty {} changed concurrently; its ladder is decided again on the next scan",
                        candidate.value().id());
            } catch (DomainException refused) {
                conflicts++;
                log.warn("Report ladder step for duty {} refused ({}); retried on the next scan",
                        candidate.value().id(), refused.getMessage());
            }
        }
        return new ScanResult(candidates.size(), emitted, conflicts);
    }
}
