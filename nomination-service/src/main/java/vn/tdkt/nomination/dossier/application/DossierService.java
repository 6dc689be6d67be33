package vn.tdkt.nomination.dossier.application;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.tdkt.contracts.DomainEvent;
import vn.tdkt.contracts.nomination.AppraisalOutcome;
import vn.tdkt.nomination.catalogue.domain.AwardCatalogue;
import vn.tdkt.nomination.dossier.domain.Dossier;
import vn.tdkt.nomination.dossier.domain.DossierContent;
import vn.tdkt.nomination.dossier.domain.DossierStatus;
import vn.tdkt.nomination.dossier.persistence.DossierDocument;
import vn.tdkt.nomination.dossier.persistence.DossierQuery;
import vn.tdkt.nomination.dossier.persistence.DossierStore;
import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Ids;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;

/**
 * Dossier use cases. Each command: load → check the caller may see and change it → domain method → map back →
 * record the returned events in the document's outbox → one version-guarded save.
 *
 * <p>Access: a unit officer sees and changes only the own unit's dossiers (another unit's answers 404, as if it
 * did not exist); Sở Nội vụ officers, council members, province leaders and administrators read every dossier.
 * Sở Nội vụ officers may also draft and edit for any unit; only the owning unit's officers submit.
 */
@Service
public class DossierService {

    private static final Set<TdktRole> PROVINCE_WIDE_READERS =
            EnumSet.of(TdktRole.SNV_OFFICER, TdktRole.COUNCIL_MEMBER, TdktRole.LEADER, TdktRole.ADMIN);

    private final DossierStore store;
    private final AwardCatalogue catalogue;
    private final OutboxRecorder outbox;
    private final Clock clock;

    public DossierService(DossierStore store, AwardCatalogue catalogue, OutboxRecorder outbox, Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A new draft for the caller's unit (unit officers) or for the given unit (Sở Nội vụ officers). */
    public DossierView create(TdktPrincipal caller, String requestedUnit, DossierContent content) {
        String unit = owningUnit(caller, requestedUnit);
        Dossier dossier = LocalizedDomainErrors.call(() ->
                Dossier.draft(Ids.newId(clock), unit, content, catalogue, caller.subject(), clock.instant()));
        return view(store.save(new DossierDocument().apply(dossier)));
    }

    public DossierView get(TdktPrincipal caller, String id) {
        return view(loadReadable(caller, id));
    }

    /** One page of dossiers matching the optional filters, within what the caller may read. */
    public PageResponse<DossierView> list(TdktPrincipal caller, String unit, DossierStatus status, Integer year,
            PageQuery page) {
        DossierQuery filter = new DossierQuery(unit, status, year);
        DossierQuery scoped = filter;
        if (!readsEveryUnit(caller)) {
            if (!caller.hasRole(TdktRole.UNIT_OFFICER) || caller.unitCode() == null) {
                throw DomainException.forbidden("security.forbidden");
            }
            if (filter.unitCode() != null && !filter.unitCode().equals(caller.unitCode())) {
                return PageResponse.of(List.of(), page, 0);
            }
            scoped = new DossierQuery(caller.unitCode(), filter.status(), filter.year());
        }
        List<DossierView> items = store.page(scoped, page).stream().map(DossierService::view).toList();
        return PageResponse.of(items, page, store.count(scoped));
    }

    public DossierView revise(TdktPrincipal caller, String id, VersionCheck versionCheck, DossierContent content) {
        DossierDocument document = loadReadable(caller, id);
        if (!caller.hasRole(TdktRole.SNV_OFFICER) && !isOwnUnitOfficer(caller, document)) {
            throw DomainException.forbidden("dossier.edit-forbidden");
        }
        versionCheck.verify(document.getVersion());
        Dossier dossier = document.toDomain();
        LocalizedDomainErrors.run(() -> dossier.revise(content, catalogue, clock.instant()));
        return view(store.save(document.apply(dossier)));
    }

    public DossierView submit(TdktPrincipal caller, String id, VersionCheck versionCheck) {
        DossierDocument document = loadReadable(caller, id);
        boolean ownUnit = document.getUnitCode().equals(caller.unitCode())
                && caller.hasAnyRole(TdktRole.UNIT_OFFICER, TdktRole.SNV_OFFICER);
        if (!ownUnit) {
            throw DomainException.forbidden("dossier.submit-forbidden", document.getUnitCode());
        }
        versionCheck.verify(document.getVersion());
        Dossier dossier = document.toDomain();
        List<DomainEvent> events = LocalizedDomainErrors.call(() -> dossier.submit(caller.subject(), clock.instant()));
        return commit(document, dossier, events);
    }

    public DossierView appraise(TdktPrincipal caller, String id, VersionCheck versionCheck,
            AppraisalOutcome outcome, List<String> reasons) {
        if (!caller.hasRole(TdktRole.SNV_OFFICER)) {
            throw DomainException.forbidden("security.forbidden");
        }
        DossierDocument document = loadReadable(caller, id);
        versionCheck.verify(document.getVersion());
        Dossier dossier = document.toDomain();
        List<DomainEvent> events = LocalizedDomainErrors.call(() ->
                dossier.appraise(outcome, reasons, caller.subject(), clock.instant()));
        return commit(document, dossier, events);
    }

    private DossierView commit(DossierDocument document, Dossier dossier, List<DomainEvent> events) {
        document.apply(dossier);
        outbox.record(document, events);
        return view(store.save(document));
    }

    private String owningUnit(TdktPrincipal caller, String requestedUnit) {
        if (caller.hasRole(TdktRole.SNV_OFFICER)) {
            String unit = requestedUnit == null || requestedUnit.isBlank() ? caller.unitCode() : requestedUnit;
            if (unit == null || unit.isBlank()) {
                throw DomainException.invalid("dossier.unit-required");
            }
            return unit;
        }
        if (caller.hasRole(TdktRole.UNIT_OFFICER) && caller.unitCode() != null && !caller.unitCode().isBlank()) {
            if (requestedUnit != null && !requestedUnit.isBlank() && !requestedUnit.equals(caller.unitCode())) {
                throw DomainException.forbidden("dossier.other-unit-forbidden", caller.unitCode());
            }
            return caller.unitCode();
        }
        throw DomainException.forbidden("security.forbidden");
    }

    private DossierDocument loadReadable(TdktPrincipal caller, String id) {
        return store.find(id)
                .filter(document -> readsEveryUnit(caller) || isOwnUnitOfficer(caller, document))
                .orElseThrow(() -> DomainException.notFound("dossier.not-found", id));
    }

    private static boolean readsEveryUnit(TdktPrincipal caller) {
        return caller.roles().stream().anyMatch(PROVINCE_WIDE_READERS::contains);
    }

    private static boolean isOwnUnitOfficer(TdktPrincipal caller, DossierDocument document) {
        return caller.hasRole(TdktRole.UNIT_OFFICER) && document.getUnitCode().equals(caller.unitCode());
    }

    private static DossierView view(DossierDocument document) {
        return new DossierView(document.toDomain().snapshot(), document.getVersion());
    }
}
