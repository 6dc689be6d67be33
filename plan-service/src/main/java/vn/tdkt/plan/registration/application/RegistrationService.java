package vn.tdkt.plan.registration.application;

import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.web.paging.PageQuery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.tdkt.plan.movement.application.MovementService;
import vn.tdkt.plan.movement.domain.Movement;
import vn.tdkt.plan.registration.domain.Registration;
import vn.tdkt.plan.registration.domain.RegistrationItem;
import vn.tdkt.plan.registration.persistence.RegistrationStore;
import vn.tdkt.plan.unit.application.UnitDirectory;
import vn.tdkt.plan.unit.domain.UnitKind;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Ids;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;
import lombok.RequiredArgsConstructor;

/**
 * Emulation registrations. A unit officer of a participating unit submits (and, after a return, resubmits) the
 * unit's registration; the level above approves or returns it: for a unit under another unit (a centre under the
 * provincial office) an officer of that parent unit, for a unit directly under the province Sở Nội vụ, which may
 * review any registration. Sở Nội vụ, leaders and administrators read every registration; a unit reads its own and
 * its sub-units'. Another unit's registration answers 404, no role 403.
 */
@Service
@RequiredArgsConstructor
public class RegistrationService {

    private final RegistrationStore store;
    private final MovementService movements;
    private final UnitDirectory units;
    private final Clock clock;


    /** What a submission did: a new registration, or a resubmission of a returned one. */
    public record Submitted(Versioned<Registration> registration, boolean created) {
    }

    public Submitted submit(TdktPrincipal caller, String movementId, List<RegistrationItem> items) {
        caller.requireAnyRole(TdktRole.UNIT_OFFICER);
        Movement movement = movements.visible(caller, movementId);
        String unit = caller.unitCode();
        Optional<Versioned<Registration>> existing = store.find(movementId, unit);
        if (existing.isPresent()) {
            return new Submitted(store.update(existing.get().value().id(), VersionPrecondition.none(),
                    registration -> registration.resubmit(movement, items, caller.subject(), clock.instant())), false);
        }
        return new Submitted(store.insert(Registration.submit(Ids.newId(clock), movement, unit, items, caller.subject(),
                clock.instant())), true);
    }

    public Versioned<Registration> approve(TdktPrincipal caller, String id, VersionPrecondition expected) {
        reviewable(caller, id);
        return store.update(id, expected, registration -> registration.approve(caller.subject(), clock.instant()));
    }

    public Versioned<Registration> returnForRevision(TdktPrincipal caller, String id, VersionPrecondition expected,
            String reason) {
        reviewable(caller, id);
        return store.update(id, expected,
                registration -> registration.returnForRevision(reason, caller.subject(), clock.instant()));
    }

    public Versioned<Registration> get(TdktPrincipal caller, String id) {
        caller.requireSomeRole();
        return store.get(id, registration -> MovementService.seesAll(caller)
                || registration.unitCode().equals(caller.unitCode()) || isParentOfficer(caller, registration.unitCode()));
    }

    /**
     * The registrations of a movement: all of them for Sở Nội vụ, leaders and administrators; otherwise the own unit's
     * and, for a unit officer, its sub-units'.
     */
    public PageResponse<Registration> list(TdktPrincipal caller, String movementId, PageQuery page) {
        movements.visible(caller, movementId);
        if (MovementService.seesAll(caller)) {
            return store.ofMovement(movementId, null, page);
        }
        List<String> visible = new ArrayList<>(List.of(caller.unitCode()));
        if (caller.hasRole(TdktRole.UNIT_OFFICER)) {
            units.search(null, caller.unitCode(), null).forEach(child -> visible.add(child.code()));
        }
        return store.ofMovement(movementId, visible, page);
    }

    /** The registration, if the caller may approve or return it (see the class comment); 403 otherwise. */
    private Registration reviewable(TdktPrincipal caller, String id) {
        if (caller.hasRole(TdktRole.SNV_OFFICER)) {
            return get(caller, id).value();
        }
        caller.requireAnyRole(TdktRole.UNIT_OFFICER);
        Registration registration = store.get(id).value();
        if (!isParentOfficer(caller, registration.unitCode())) {
            // another unit's registration answers 404, as reading it does; one the caller may read but not decide
            // (its own unit's) answers 403
            get(caller, id);
            throw DomainException.forbidden("security.forbidden");
        }
        return registration;
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
