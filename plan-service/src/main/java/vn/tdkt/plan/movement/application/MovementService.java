package vn.tdkt.plan.movement.application;

import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.web.paging.PageQuery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.tdkt.plan.movement.domain.Movement;
import vn.tdkt.plan.movement.domain.MovementData;
import vn.tdkt.plan.movement.domain.MovementStatus;
import vn.tdkt.plan.movement.persistence.MovementDocument;
import vn.tdkt.plan.movement.persistence.MovementStore;
import vn.tdkt.plan.plan.application.PlanService;
import vn.tdkt.plan.unit.application.UnitDirectory;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Ids;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;

/**
 * Movement use cases. Sở Nội vụ officers create, launch and close movements and see them all; province leaders and
 * administrators read every launched or closed movement (administrators drafts too); other callers with a role see
 * the launched and closed movements their unit takes part in. Someone else's movement answers 404, no role 403.
 */
@Service
public class MovementService {

    private final MovementStore store;
    private final UnitDirectory units;
    private final PlanService plans;
    private final Clock clock;

    public MovementService(MovementStore store, UnitDirectory units, PlanService plans, Clock clock) {
        this.store = store;
        this.units = units;
        this.plans = plans;
        this.clock = clock;
    }

    public MovementDocument create(TdktPrincipal caller, MovementData data) {
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
        Movement movement = Movement.draft(Ids.newId(clock), data, caller.subject(), clock.instant());
        return store.save(new MovementDocument(movement), List.of());
    }

    public MovementDocument launch(TdktPrincipal caller, String id, Consumer<Long> precondition) {
        requireOrganiser(caller);
        MovementDocument document = get(caller, id);
        precondition.accept(document.getVersion());
        return store.save(document, document.getMovement().launch(caller.subject(), clock.instant()));
    }

    public MovementDocument close(TdktPrincipal caller, String id, Consumer<Long> precondition) {
        requireOrganiser(caller);
        MovementDocument document = get(caller, id);
        precondition.accept(document.getVersion());
        return store.save(document, document.getMovement().close(caller.subject(), clock.instant()));
    }

    public MovementDocument get(TdktPrincipal caller, String id) {
        requireRole(caller);
        MovementDocument document = store.find(id).orElseThrow(() -> DomainException.notFound("movement.not-found", id));
        if (!canSee(caller, document.getMovement())) {
            throw DomainException.notFound("movement.not-found", id);
        }
        return document;
    }

    public PageResponse<MovementDocument> list(TdktPrincipal caller, MovementStatus status, PageQuery page) {
        requireRole(caller);
        List<Criteria> filters = new ArrayList<>();
        if (status != null) {
            filters.add(Criteria.where("movement.status").is(status.name()));
        }
        if (!seesDrafts(caller)) {
            filters.add(Criteria.where("movement.status").ne(MovementStatus.DRAFT.name()));
        }
        if (!seesAll(caller)) {
            filters.add(Criteria.where("movement.data.participants").is(caller.unitCode()));
        }
        Criteria criteria = filters.isEmpty() ? new Criteria() : new Criteria().andOperator(filters);
        Query query = Query.query(criteria);
        long total = store.count(query);
        List<MovementDocument> items = store.search(query.with(Sort.by(Sort.Direction.DESC, "movement.createdAt"))
                .skip(page.offset()).limit(page.size()));
        return PageResponse.of(items, page, total);
    }

    /** The movement as the caller may see it (404 otherwise): used by registrations. */
    public Movement visible(TdktPrincipal caller, String id) {
        return get(caller, id).getMovement();
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
        if (!caller.hasRole(TdktRole.SNV_OFFICER)) {
            throw DomainException.forbidden("security.forbidden");
        }
    }

    private static void requireRole(TdktPrincipal caller) {
        if (caller.roles().isEmpty()) {
            throw DomainException.forbidden("security.forbidden");
        }
    }
}
