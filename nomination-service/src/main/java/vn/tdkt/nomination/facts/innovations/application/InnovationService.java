package vn.tdkt.nomination.facts.innovations.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.tdkt.nomination.facts.application.RegisterAccess;
import vn.tdkt.nomination.facts.domain.SubjectKey;
import vn.tdkt.nomination.facts.domain.SubjectRef;
import vn.tdkt.nomination.facts.innovations.domain.Innovation;
import vn.tdkt.nomination.facts.innovations.persistence.InnovationStore;
import vn.tdkt.nomination.rules.domain.InnovationKind;
import vn.tdkt.nomination.rules.domain.InnovationLevel;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Ids;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import lombok.RequiredArgsConstructor;

/** The innovation register (sáng kiến): recognition, and which dossiers used each one (R-GEN-02). */
@Service
@RequiredArgsConstructor
public class InnovationService {

    private final InnovationStore store;
    private final Clock clock;

    /** A new innovation (SNV_OFFICER, ADMIN); {@code id} is the register's code (e.g. SK-2025-07) or generated. */
    public Versioned<Innovation> record(TdktPrincipal caller, String id, String title, InnovationKind kind,
            InnovationLevel level, int year, SubjectRef owner, String recognisedBy, String recognitionRef,
            LocalDate recognisedOn) {
        RegisterAccess.requireWriter(caller);
        String code = id == null || id.isBlank() ? "SK-" + Ids.newId(clock) : id.strip();
        if (store.find(code).isPresent()) {
            throw DomainException.conflict("innovation.id-taken", code);
        }
        return store.insert(Innovation.record(code, title, kind, level, year, SubjectKey.of(owner), recognisedBy,
                recognitionRef, recognisedOn, caller.subject(), clock.instant()));
    }

    public Versioned<Innovation> get(TdktPrincipal caller, String id) {
        return store.get(id, innovation -> RegisterAccess.canRead(caller, innovation.owner().unitCode()));
    }

    public PageResponse<Innovation> list(TdktPrincipal caller, String unit, Integer year, SubjectRef owner,
            PageQuery page) {
        return RegisterAccess.page(caller, unit, page, unitCode -> store.page(unitCode, year, owner, page),
                unitCode -> store.count(unitCode, year, owner));
    }

    /** Every innovation recognised for the subject, oldest first. */
    public List<Innovation> ownedBy(SubjectRef owner) {
        return store.ownedBy(owner);
    }

    /**
     * Records that {@code dossierId} (proposing {@code awardCode}) uses this innovation as a basis. Repeating it for
     * the same dossier changes nothing. A use by another dossier is not refused here: the eligibility rules judge it
     * (R-GEN-02, with the province's reuse policy), because {@code SubjectFactsService} reports the innovation as
     * used by that other dossier.
     *
     * @throws DomainException NOT_FOUND {@code innovation.not-found}
     */
    public void markUsed(String innovationId, String dossierId, String awardCode) {
        store.update(innovationId, VersionPrecondition.none(),
                innovation -> innovation.markUsed(dossierId, awardCode, clock.instant()));
    }

    /**
     * Undoes {@link #markUsed} for {@code dossierId} (a dossier withdrawn or found not eligible frees its
     * innovations). Releasing an innovation another dossier uses, or one never used, changes nothing.
     */
    public void releaseUse(String innovationId, String dossierId) {
        store.update(innovationId, VersionPrecondition.none(), innovation -> innovation.releaseUse(dossierId));
    }
}
