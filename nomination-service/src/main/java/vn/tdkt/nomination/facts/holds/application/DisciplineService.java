package vn.tdkt.nomination.facts.holds.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.tdkt.nomination.facts.application.RegisterAccess;
import vn.tdkt.nomination.facts.domain.SubjectKey;
import vn.tdkt.nomination.facts.domain.SubjectRef;
import vn.tdkt.nomination.facts.holds.domain.Discipline;
import vn.tdkt.nomination.facts.holds.persistence.DisciplineStore;
import vn.tdkt.nomination.rules.domain.DisciplineLevel;
import vn.tdkt.platform.domain.Ids;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import lombok.RequiredArgsConstructor;

/** Concluded disciplines (R-GEN-06, R-LDTT-02, R-CH-01), recorded by Sở Nội vụ from the disciplinary decisions. */
@Service
@RequiredArgsConstructor
public class DisciplineService {

    private final DisciplineStore store;
    private final Clock clock;

    public Versioned<Discipline> record(TdktPrincipal caller, SubjectRef subject, DisciplineLevel level,
            LocalDate from, LocalDate to, String decisionRef, String reason) {
        RegisterAccess.requireWriter(caller);
        return store.insert(Discipline.record(Ids.newId(clock), SubjectKey.of(subject), level, from, to, decisionRef,
                reason, caller.subject(), clock.instant()));
    }

    public Versioned<Discipline> get(TdktPrincipal caller, String id) {
        return store.get(id, discipline -> RegisterAccess.canRead(caller, discipline.subject().unitCode()));
    }

    public PageResponse<Discipline> list(TdktPrincipal caller, String unit, SubjectRef subject, PageQuery page) {
        return RegisterAccess.page(caller, unit, page, unitCode -> store.page(unitCode, subject, page),
                unitCode -> store.count(unitCode, subject));
    }

    public List<Discipline> forSubject(SubjectRef subject) {
        return store.forSubject(subject);
    }
}
