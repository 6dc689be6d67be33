package vn.tdkt.plan.registration.application;

import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.web.paging.PageQuery;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.tdkt.plan.movement.application.MovementService;
import vn.tdkt.plan.movement.domain.Movement;
import vn.tdkt.plan.registration.domain.Registration;
import vn.tdkt.plan.registration.domain.RegistrationItem;
import vn.tdkt.plan.registration.persistence.RegistrationDocument;
import vn.tdkt.plan.registration.persistence.RegistrationStore;
import vn.tdkt.plan.unit.application.UnitDirectory;
import vn.tdkt.plan.unit.domain.UnitKind;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Ids;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;

/**
 * Emulation registrations. A unit officer of a participating unit submits (and, after a return, resubmits) the
 * unit's registration; the level above approves or returns it: for a unit under another unit (a centre under the
 * provincial office) an officer of that parent unit, for a unit directly under the province Sở Nội vụ, which may
 * review any registration. Sở Nội vụ, leaders and administrators read every registration; a unit reads its own and
 * its sub-units'. Another unit's registration answers 404, no role 403.
 */
@Service
public class RegistrationService {

    private final RegistrationStore store;
    private final MovementService movements;
    private final UnitDirectory units;
    private final Clock clock;

    public RegistrationService(RegistrationStore store, MovementService movements, UnitDirectory units, Clock clock) {
        this.store = store;
        this.movements = movements;
        this.units = units;
        this.clock = clock;
    }


    /** What a submission did: a new registration, or a resubmission of a returned one. */
    public record Submitted(RegistrationDocument document, boolean created) {
    }

    public Submitted submit(TdktPrincipal caller, String movementId, List<RegistrationItem> items) {
        if (!caller.hasRole(TdktRole.UNIT_OFFICER)) {
            throw DomainException.forbidden("security.forbidden");
        }
        Movement movement = movements.visible(caller, movementId);
        String unit = caller.unitCode();
        RegistrationDocument existing = store.find(movementId, unit).orElse(null);
        if (existing != null) {
            return new Submitted(store.save(existing, existing.getRegistration().resubmit(movement, items,
                    caller.subject(), clock.instant())), false);
        }
        Registration.Submission submission = Registration.submit(Ids.newId(clock), movement, unit, items,
                caller.subject(), clock.instant());
        return new Submitted(store.save(new RegistrationDocument(submission.registration()), submission.events()), true);
    }

    public RegistrationDocument approve(TdktPrincipal caller, String id, Consumer<Long> precondition) {
        RegistrationDocument document = reviewable(caller, id);
        precondition.accept(document.getVersion());
        return store.save(document, document.getRegistration().approve(caller.subject(), clock.instant()));
    }

    public RegistrationDocument returnForRevision(TdktPrincipal caller, String id, Consumer<Long> precondition,
            String reason) {
        RegistrationDocument document = reviewable(caller, id);
        precondition.accept(document.getVersion());
        return store.save(document, document.getRegistration().returnForRevision(reason, caller.subject(),
                clock.instant()));
    }

    public RegistrationDocument get(TdktPrincipal caller, String id) {
        if (caller.roles().isEmpty()) {
            throw DomainException.forbidden("security.forbidden");
        }
        RegistrationDocument document = store.find(id)
                .orElseThrow(() -> DomainException.notFound("registration.not-found", id));
        String unit = document.getRegistration().unitCode();
        if (!MovementService.seesAll(caller) && !unit.equals(caller.unitCode()) && !isParentOfficer(caller, unit)) {
            throw DomainException.notFound("registration.not-found", id);
        }
        return document;
    }

    /**
     * The registrations of a movement: all of them for Sở Nội vụ, leaders and administrators; otherwise the own unit's
     * and, for a unit officer, its sub-units'.
     */
    public PageResponse<RegistrationDocument> list(TdktPrincipal caller, String movementId, PageQuery page) {
        movements.visible(caller, movementId);
        Criteria criteria = Criteria.where("registration.movementId").is(movementId);
        if (!MovementService.seesAll(caller)) {
            List<String> visible = new java.util.ArrayList<>(List.of(caller.unitCode()));
            if (caller.hasRole(TdktRole.UNIT_OFFICER)) {
                units.search(null, caller.unitCode(), null).forEach(child -> visible.add(child.getUnit().code()));
            }
            criteria = criteria.and("registration.unitCode").in(visible);
        }
        Query query = Query.query(criteria);
        long total = store.count(query);
        List<RegistrationDocument> items = store.search(query.with(Sort.by("registration.unitCode"))
                .skip(page.offset()).limit(page.size()));
        return PageResponse.of(items, page, total);
    }

    /** The registration, if the caller may approve or return it (see the class comment); 403 otherwise. */
    private RegistrationDocument reviewable(TdktPrincipal caller, String id) {
        if (caller.hasRole(TdktRole.SNV_OFFICER)) {
            return get(caller, id);
        }
        if (!caller.hasRole(TdktRole.UNIT_OFFICER)) {
            throw DomainException.forbidden("security.forbidden");
        }
        RegistrationDocument document = store.find(id)
                .orElseThrow(() -> DomainException.notFound("registration.not-found", id));
        if (!isParentOfficer(caller, document.getRegistration().unitCode())) {
            throw DomainException.forbidden("security.forbidden");
        }
        return document;
    }

    /** A unit officer of the registering unit's parent, when that parent is below the province. */
    private boolean isParentOfficer(TdktPrincipal caller, String unitCode) {
        if (!caller.hasRole(TdktRole.UNIT_OFFICER) || caller.unitCode() == null) {
            return false;
        }
        String parent = units.find(unitCode).map(unit -> unit.data().parentCode()).orElse(null);
        return caller.unitCode().equals(parent)
                && units.find(parent).map(unit -> unit.data().kind() != UnitKind.PROVINCE).orElse(false);
    }
}
