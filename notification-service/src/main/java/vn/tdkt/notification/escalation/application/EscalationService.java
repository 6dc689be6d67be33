package vn.tdkt.notification.escalation.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import vn.tdkt.notification.delivery.application.NoticeIntake;
import vn.tdkt.notification.directory.application.NoticeContexts;
import vn.tdkt.notification.escalation.domain.EscalationCase;
import vn.tdkt.notification.escalation.domain.EscalationOffsets;
import vn.tdkt.notification.escalation.domain.EscalationStep;
import vn.tdkt.notification.escalation.persistence.EscalationStore;
import vn.tdkt.notification.notice.domain.EscalationNotices;
import vn.tdkt.notification.notice.domain.Notice;
import vn.tdkt.notification.notice.domain.NoticeContext;
import vn.tdkt.notification.notice.domain.OverdueItem;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.domain.Versioned;

/**
 * The escalation chain, driven by the events plan-service and reporting-service already emit: {@code task-overdue}
 * and {@code report-overdue} open a case and tell the unit (or, with {@code escalate=true}, its head); completion,
 * cancellation, submission or a new due date close it; a scan fires the steps whose day came and that no event
 * fired (the level above on day +14; the head on day +7 if its event never came). A step's notices are recorded
 * before the step is marked, under the step's own id, so a crash in between, or the event and the scan firing the
 * same step on two instances, still records them once.
 */
@Service
public class EscalationService {

    private static final Logger log = LoggerFactory.getLogger(EscalationService.class);
    private static final int SCAN_BATCH = 500;
    private static final int ATTEMPTS = 5;

    private final EscalationStore store;
    private final NoticeIntake intake;
    private final NoticeContexts contexts;
    private final EscalationProperties properties;
    private final EscalationOffsets offsets;
    private final Clock clock;

    public EscalationService(EscalationStore store, NoticeIntake intake, NoticeContexts contexts,
            EscalationProperties properties, Clock clock) {
        this.store = store;
        this.intake = intake;
        this.contexts = contexts;
        this.properties = properties;
        this.clock = clock;
        this.offsets = new EscalationOffsets(properties.headAfterDays(), properties.parentAfterDays(),
                clock.getZone());
    }

    /**
     * An overdue event: opens (or moves) the item's case and fires the unit step, or the head step when the producer
     * escalates. @return false when the event is stale (the item was closed for this due date): nothing is sent
     */
    public boolean overdue(OverdueItem item, boolean escalate) {
        Optional<Versioned<EscalationCase>> current = track(item);
        if (current.isEmpty()) {
            log.debug("Overdue event for closed {} (due {}) ignored", item.caseId(), item.dueDate());
            return false;
        }
        fire(current.get().value(), escalate ? EscalationStep.HEAD : EscalationStep.UNIT);
        return true;
    }

    /** Completed, cancelled, submitted, or moved to another due date: the chain stops for {@code dueDate}. */
    public void close(String caseId, LocalDate dueDate, String reason) {
        Instant now = clock.instant();
        for (int attempt = 1; ; attempt++) {
            try {
                if (store.find(caseId).isPresent()) {
                    store.update(caseId, VersionPrecondition.none(), c -> c.close(reason, now));
                } else {
                    store.insert(EscalationCase.closedBefore(caseId, dueDate, reason, now), List.of());
                }
                return;
            } catch (DuplicateKeyException | OptimisticLockingFailureException raced) {
                if (attempt >= ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    /** A submitted report was returned: its closed case may start again ({@link EscalationCase#returned}). */
    public void returned(String caseId, LocalDate resubmitBy) {
        if (store.find(caseId).isPresent()) {
            store.update(caseId, VersionPrecondition.none(),
                    c -> c.returned(resubmitBy, LocalDate.now(clock), clock.instant()));
        }
    }

    /** What the schedule runs ({@link EscalationJobs}): every due step, unless escalation is switched off. */
    public void scheduled() {
        if (properties.enabled()) {
            fireDue();
        }
    }

    /** Fires every step whose day has come. @return how many steps fired */
    public int fireDue() {
        Instant now = clock.instant();
        int fired = 0;
        for (Versioned<EscalationCase> open : store.due(now, SCAN_BATCH)) {
            for (EscalationStep step : open.value().dueSteps(now)) {
                fire(open.value(), step);
                fired++;
            }
        }
        if (fired > 0) {
            log.info("Escalation scan fired {} step(s)", fired);
        }
        return fired;
    }

    public Optional<EscalationCase> find(String caseId) {
        return store.find(caseId).map(Versioned::value);
    }

    private Optional<Versioned<EscalationCase>> track(OverdueItem item) {
        Instant now = clock.instant();
        for (int attempt = 1; ; attempt++) {
            try {
                Optional<Versioned<EscalationCase>> existing = store.find(item.caseId());
                if (existing.isEmpty()) {
                    return Optional.of(store.insert(EscalationCase.open(item, offsets, now), List.of()));
                }
                boolean[] live = new boolean[1];
                Versioned<EscalationCase> updated = store.update(item.caseId(), VersionPrecondition.none(), c -> {
                    live[0] = c.overdue(item, offsets, now);
                    return List.of();
                });
                return live[0] ? Optional.of(updated) : Optional.empty();
            } catch (DuplicateKeyException | OptimisticLockingFailureException raced) {
                if (attempt >= ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    private void fire(EscalationCase escalation, EscalationStep step) {
        if (escalation.hasFired(step)) {
            return;
        }
        Instant now = clock.instant();
        NoticeContext context = contexts.current();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        OverdueItem item = escalation.item();
        Notice notice = switch (step) {
            case UNIT -> EscalationNotices.unit(item, today, context);
            case HEAD -> EscalationNotices.head(item, today, context);
            case PARENT -> EscalationNotices.levelAbove(item, today, context);
        };
        intake.recordNotices(escalation.stepId(step), item.sourceEventType(), List.of(notice));
        String target = notice.recipient().unitCode();
        for (int attempt = 1; ; attempt++) {
            try {
                store.update(escalation.id(), VersionPrecondition.none(), c -> c.fired(step, target, now));
                return;
            } catch (OptimisticLockingFailureException raced) {
                if (attempt >= ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }
}
