package vn.tdkt.nomination.batch.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.tdkt.nomination.batch.domain.Batch;
import vn.tdkt.nomination.batch.persistence.BatchStore;
import vn.tdkt.nomination.dossier.application.DossierAccess;
import vn.tdkt.nomination.dossier.application.DossierService;
import vn.tdkt.nomination.dossier.domain.Dossier;
import vn.tdkt.nomination.dossier.domain.DossierStatus;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Ids;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;
import vn.tdkt.platform.security.UnitScope;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import lombok.RequiredArgsConstructor;

/**
 * Proposal batches (đợt đề nghị). A unit officer opens batches for the own unit (a Sở Nội vụ officer for any unit),
 * reads them like dossiers (another unit's batch answers 404) and submits all its drafts at once: each dossier is
 * submitted on its own, with the same checks as a single submission, and the answer says which were refused and why.
 */
@Service
@RequiredArgsConstructor
public class BatchService {

    private final BatchStore store;
    private final DossierService dossiers;
    private final Clock clock;

    public Versioned<Batch> open(TdktPrincipal caller, String requestedUnit, String title, String reference,
            int year, String movementId) {
        String unit = DossierAccess.owningUnit(caller, requestedUnit);
        return store.insert(Batch.open(Ids.newId(clock), unit, title, reference, year, movementId,
                caller.subject(), clock.instant()));
    }

    public Versioned<Batch> get(TdktPrincipal caller, String id) {
        caller.requireSomeRole();
        return store.get(id,
                b -> caller.hasAnyRole(TdktRole.PROVINCE_READERS)
                        || DossierAccess.isOwnUnitOfficer(caller, b.unitCode()));
    }

    public PageResponse<Versioned<Batch>> list(TdktPrincipal caller, String unit, Integer year, PageQuery page) {
        UnitScope scope = UnitScope.of(caller, unit, TdktRole.PROVINCE_READERS);
        return scope.page(page, scoped -> store.page(scoped, year, page),
                scoped -> store.count(scoped, year));
    }

    /** The batch's dossiers as the caller may see them. */
    public List<Versioned<Dossier>> dossiers(TdktPrincipal caller, String id) {
        get(caller, id);
        return dossiers.inBatch(id);
    }

    /**
     * Submits every draft of the batch. A refused dossier stays a draft and is reported with its reason; when none
     * is left a draft, the batch is marked submitted.
     */
    public SubmitAllResult submitAll(TdktPrincipal caller, String id) {
        Batch batch = get(caller, id).value();
        if (!DossierAccess.isOwnUnitOfficer(caller, batch.unitCode())) {
            throw DomainException.forbidden("dossier.submit-forbidden", batch.unitCode());
        }
        batch.requireOpen();
        List<String> submitted = new ArrayList<>();
        List<SubmitAllResult.Refusal> refused = new ArrayList<>();
        for (Versioned<Dossier> dossier : dossiers.inBatch(id)) {
            if (dossier.value().status() != DossierStatus.DRAFT) {
                continue;
            }
            try {
                dossiers.submit(caller, dossier.value().id(), VersionPrecondition.none());
                submitted.add(dossier.value().id());
            } catch (DomainException e) {
                refused.add(new SubmitAllResult.Refusal(dossier.value().id(), dossier.value().subject().name(), e));
            }
        }
        Versioned<Batch> after = refused.isEmpty()
                ? store.update(id, VersionPrecondition.none(), b -> b.markSubmitted(caller.subject(), clock.instant()))
                : store.get(id);
        return new SubmitAllResult(after, submitted, refused);
    }

    /** What submit-all did: the dossiers submitted and those refused, with the problem that refused each. */
    public record SubmitAllResult(Versioned<Batch> batch, List<String> submitted, List<Refusal> refused) {

        public record Refusal(String dossierId, String subjectName, DomainException problem) {
        }
    }
}
