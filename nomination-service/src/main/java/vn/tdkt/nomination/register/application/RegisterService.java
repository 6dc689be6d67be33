package vn.tdkt.nomination.register.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.tdkt.contracts.nomination.AwardEvent;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.facts.application.RegisterAccess;
import vn.tdkt.nomination.facts.domain.SubjectRef;
import vn.tdkt.nomination.register.domain.AwardRecord;
import vn.tdkt.nomination.register.domain.AwardStatus;
import vn.tdkt.nomination.register.domain.Revoking;
import vn.tdkt.nomination.register.persistence.AwardRecordStore;
import vn.tdkt.nomination.register.persistence.RegisterFilter;
import vn.tdkt.platform.domain.Created;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.UnitScope;
import vn.tdkt.platform.text.TextNormalizer;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import lombok.RequiredArgsConstructor;

/**
 * The award register (sổ khen thưởng): reading it, as the fact registers are read (a unit officer sees the awards of
 * the own unit's people and collectives, another unit's award answers 404; Sở Nội vụ, council members, leaders and
 * administrators see all), and the writes other features make on the province's behalf: a decision records its
 * awards, a revocation revokes them.
 */
@Service
@RequiredArgsConstructor
public class RegisterService {

    private final AwardRecordStore store;
    private final Clock clock;

    /** A search: name ignoring case and diacritics, unit, award, year, status. */
    public record Search(String name, String unit, String nationalId, SubjectType subjectType, String awardCode,
            Integer year, AwardStatus status) {
    }

    public PageResponse<AwardRecord> search(TdktPrincipal caller, Search search, PageQuery page) {
        UnitScope scope = RegisterAccess.scope(caller, search.unit());
        if (scope.foreign()) {
            return PageResponse.of(List.of(), page, 0);
        }
        String nameKey = search.name() == null || search.name().isBlank() ? null : TextNormalizer.fold(search.name());
        RegisterFilter filter = new RegisterFilter(scope.unitCode(), nameKey, blankToNull(search.nationalId()),
                search.subjectType(), blankToNull(search.awardCode()), search.year(), search.status());
        return PageResponse.of(store.page(filter, page), page, store.count(filter));
    }

    /** One award the caller may read, else the 404 problem. */
    public Versioned<AwardRecord> get(TdktPrincipal caller, String id) {
        return store.get(id, a -> RegisterAccess.canRead(caller, a.subject().unitCode()));
    }

    /** An award, for a feature acting on the province's behalf (certificates, revocations). */
    public Optional<AwardRecord> find(String id) {
        return store.find(id).map(Versioned::value);
    }

    /** Every award of a subject, active or revoked. */
    public List<AwardRecord> ofSubject(SubjectRef subject) {
        return store.ofSubject(subject);
    }

    public Optional<AwardRecord> byDossier(String dossierId) {
        return store.byDossier(dossierId);
    }

    public List<AwardRecord> ofDecision(String decisionId) {
        return store.ofDecision(decisionId);
    }

    public List<AwardRecord> decidedIn(int year) {
        return store.decidedBetween(java.time.LocalDate.of(year, 1, 1), java.time.LocalDate.of(year, 12, 31));
    }

    /** Records an award a decision gives; recording the same award again (a retry) changes nothing. */
    public Versioned<AwardRecord> record(AwardRecord.Decided decided, String verifyUrl, String by) {
        Created<AwardRecord, AwardEvent> created = AwardRecord.decided(decided, verifyUrl, by, clock.instant());
        return store.insertIfAbsent(created);
    }

    /** Revokes an award (publishes {@code award-revoked}); the same revocation again changes nothing. */
    public Versioned<AwardRecord> revoke(String awardId, Revoking revoking) {
        return store.update(awardId, VersionPrecondition.none(), a -> a.revoke(revoking, clock.instant()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
