package vn.tdkt.plan.movement.application;

import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.web.paging.PageQuery;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.tdkt.plan.movement.domain.Movement;
import vn.tdkt.plan.movement.domain.MovementData;
import vn.tdkt.plan.movement.domain.MovementStatus;
import vn.tdkt.plan.movement.persistence.MovementStore;
import vn.tdkt.plan.plan.application.PlanService;
import vn.tdkt.plan.unit.application.UnitDirectory;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Ids;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;
import lombok.RequiredArgsConstructor;

/**
 * Movement use cases. Sở Nội vụ officers create, launch and close movements and see them all; province leaders and
 * administrators read every launched or closed movement (administrators drafts too); other callers with a role see
 * the launched and closed movements their unit takes part in. Someone else's movement answers 404, no role 403.
 */
@Service
@RequiredArgsConstructor
public class MovementService {

    private final MovementStore store;
    private final UnitDirectory units;
    private final PlanService plans;
    private final Clock clock;

    public Versioned<Movement> create(TdktPrincipal caller, MovementData data) {
        requireOrganiser(caller);
        data.requireValid();
        data.participants().forEach(units::requireKnown);
        if (data.receivingDesk() != null && data.receivingDesk().unitCode() != null) {
            units.requireKnown(data.receivingDesk().unitCode());
        }
        if (data.planId() != null) {
            try {
                plans.get(caller, data.planId());
            } catch (DomainException e) {
                throw DomainException.invalid("movement.plan-unknown", data.planId());
            }
        }
        return store.insert(Movement.draft(Ids.newId(clock), data, caller.subject(), clock.instant()), List.of());
    }

    public Versioned<Movement> launch(TdktPrincipal caller, String id, VersionPrecondition expected) {
        requireOrganiser(caller);
        get(caller, id);
        return store.update(id, expected, movement -> movement.launch(caller.subject(), clock.instant()));
    }

    public Versioned<Movement> close(TdktPrincipal caller, String id, VersionPrecondition expected) {
        requireOrganiser(caller);
        get(caller, id);
        return store.update(id, expected, movement -> movement.close(caller.subject(), clock.instant()));
    }

    public Versioned<Movement> get(TdktPrincipal caller, String id) {
        caller.requireSomeRole();
        return store.get(id, movement -> canSee(caller, movement));
    }

    public PageResponse<Movement> list(TdktPrincipal caller, MovementStatus status, PageQuery page) {
        caller.requireSomeRole();
        return store.search(status, seesDrafts(caller), seesAll(caller) ? null : caller.unitCode(), page);
    }

    /** The movement as the caller may see it (404 otherwise): used by registrations. */
    public Movement visible(TdktPrincipal caller, String id) {
        return get(caller, id).value();
    }

    private static boolean canSee(TdktPrincipal caller, Movement movement) {
        if (movement.status() == MovementStatus.DRAFT && !seesDrafts(caller)) {
            return false;
        }
        return seesAll(caller) || movement.hasParticipant(caller.unitCode());
    }

    /** Sở Nội vụ officers, province leaders and administrators see every movement. */
    public static boolean seesAll(TdktPrincipal caller) {
        return caller.hasAnyRole(TdktRole.SNV_OFFICER, TdktRole.LEADER, TdktRole.ADMIN);
    }

    private static boolean seesDrafts(TdktPrincipal caller) {
        return caller.hasAnyRole(TdktRole.SNV_OFFICER, TdktRole.ADMIN);
    }

    private static void requireOrganiser(TdktPrincipal caller) {
        caller.requireAnyRole(TdktRole.SNV_OFFICER);
    }
}
