package vn.tdkt.nomination.facts.holds.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.tdkt.nomination.facts.application.RegisterAccess;
import vn.tdkt.nomination.facts.domain.SubjectKey;
import vn.tdkt.nomination.facts.domain.SubjectRef;
import vn.tdkt.nomination.facts.holds.domain.Hold;
import vn.tdkt.nomination.facts.holds.persistence.HoldStore;
import vn.tdkt.nomination.rules.domain.HoldKind;
import vn.tdkt.platform.domain.Ids;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import lombok.RequiredArgsConstructor;

/**
 * The holds register (R-GEN-05): Sở Nội vụ records holds from the inspectorate's, police's and departments' lists
 * and lifts them when the matter is concluded; the eligibility rules block a subject while a hold is active.
 */
@Service
@RequiredArgsConstructor
public class HoldService {

    private final HoldStore store;
    private final Clock clock;

    public Versioned<Hold> record(TdktPrincipal caller, SubjectRef subject, HoldKind kind, LocalDate since,
            LocalDate until, String reason, String sourceDocument) {
        RegisterAccess.requireWriter(caller);
        return store.insert(Hold.record(Ids.newId(clock), SubjectKey.of(subject), kind, since, until, reason,
                sourceDocument, caller.subject(), clock.instant()));
    }

    public Versioned<Hold> get(TdktPrincipal caller, String id) {
        return store.get(id, hold -> RegisterAccess.canRead(caller, hold.subject().unitCode()));
    }

    /**
     * @param activeOnly only holds that block today
     */
    public PageResponse<Hold> list(TdktPrincipal caller, String unit, SubjectRef subject, boolean activeOnly,
            PageQuery page) {
        LocalDate activeOn = activeOnly ? LocalDate.now(clock) : null;
        return RegisterAccess.page(caller, unit, page, unitCode -> store.page(unitCode, subject, activeOn, page),
                unitCode -> store.count(unitCode, subject, activeOn));
    }

    /** Lifts a hold from today (SNV_OFFICER, ADMIN), recording who and why; a stale {@code expected} changes nothing. */
    public Versioned<Hold> lift(TdktPrincipal caller, String id, VersionPrecondition expected, String reason) {
        RegisterAccess.requireWriter(caller);
        return store.update(id, expected,
                hold -> hold.lift(caller.subject(), clock.instant(), LocalDate.now(clock), reason));
    }

    /** Every hold recorded on the subject, lifted ones included. */
    public List<Hold> forSubject(SubjectRef subject) {
        return store.forSubject(subject);
    }
}
