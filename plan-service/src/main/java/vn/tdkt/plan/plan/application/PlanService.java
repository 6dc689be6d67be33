package vn.tdkt.plan.plan.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import vn.tdkt.plan.plan.domain.Plan;
import vn.tdkt.plan.plan.domain.PlanContent;
import vn.tdkt.plan.plan.domain.PlanKind;
import vn.tdkt.plan.plan.domain.PlanStatus;
import vn.tdkt.plan.plan.domain.TaskInput;
import vn.tdkt.plan.plan.domain.TaskPlanner;
import vn.tdkt.plan.plan.persistence.PlanStore;
import vn.tdkt.plan.task.application.TaskSync;
import vn.tdkt.plan.task.domain.TaskDraft;
import vn.tdkt.plan.unit.application.UnitDirectory;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Ids;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;

/**
 * Plan use cases. Sở Nội vụ officers write any plan; a unit officer writes its own unit's implementing plans (kind
 * IMPLEMENTING, issued by its unit, tasks led and coordinated by the unit or its sub-units). Drafts are visible to
 * Sở Nội vụ, admins and the issuing unit; published and closed plans to every caller with a role (a plan is a
 * public administrative document).
 *
 * <p>Publishing and amending write the plan (with its event) first, then the task aggregates ({@link TaskSync});
 * the plan stays flagged {@code taskSyncPending} until all tasks are written, and a periodic repair finishes any
 * sync a crash interrupted.
 */
@Service
public class PlanService {

    private static final Logger log = LoggerFactory.getLogger(PlanService.class);

    private final PlanStore store;
    private final TaskSync taskSync;
    private final UnitDirectory units;
    private final TaskPlanner planner;
    private final Clock clock;

    public PlanService(PlanStore store, TaskSync taskSync, UnitDirectory units, Clock clock) {
        this.store = store;
        this.taskSync = taskSync;
        this.units = units;
        this.clock = clock;
        this.planner = new TaskPlanner(() -> Ids.newId(clock));
    }

    public Versioned<Plan> create(TdktPrincipal caller, PlanContent content, List<TaskInput> tasks) {
        return create(caller, Ids.newId(clock), content, tasks);
    }

    /**
     * Creates a draft with a caller-chosen id (the plan importer uses the import's id, so that a confirmation retried
     * after a crash finds its plan instead of creating a second one). One insert: a second create with the same id
     * fails with a duplicate key and writes nothing.
     */
    public Versioned<Plan> create(TdktPrincipal caller, String id, PlanContent content, List<TaskInput> tasks) {
        requireWriter(caller, content);
        requireOwnUnits(caller, content, tasks);
        requireNoTaskIds(tasks);
        List<TaskDraft> drafts = plan(content, tasks);
        return store.insert(Plan.draft(id, content, drafts, caller.subject(), clock.instant()), List.of());
    }

    public Versioned<Plan> get(TdktPrincipal caller, String id) {
        caller.requireSomeRole();
        return store.get(id, plan -> visible(caller, plan));
    }

    public List<Versioned<Plan>> list(TdktPrincipal caller, Integer year) {
        caller.requireSomeRole();
        return store.byYear(year).stream().filter(plan -> visible(caller, plan.value())).toList();
    }

    public Versioned<Plan> update(TdktPrincipal caller, String id, VersionPrecondition expected, PlanContent content,
            List<TaskInput> tasks) {
        writable(caller, id, expected);
        requireWriter(caller, content);
        requireOwnUnits(caller, content, tasks);
        requireNoTaskIds(tasks);
        List<TaskDraft> drafts = plan(content, tasks);
        return store.update(id, expected, plan -> plan.edit(content, drafts));
    }

    public Versioned<Plan> publish(TdktPrincipal caller, String id, VersionPrecondition expected) {
        writable(caller, id, expected);
        store.update(id, expected, plan -> plan.publish(caller.subject(), clock.instant()));
        return syncTasks(id);
    }

    public Versioned<Plan> amend(TdktPrincipal caller, String id, VersionPrecondition expected, PlanContent content,
            List<TaskInput> tasks, String reason) {
        Plan current = writable(caller, id, expected);
        requireWriter(caller, content);
        requireOwnUnits(caller, content, tasks);
        List<String> known = current.tasks().stream().map(TaskDraft::taskId).toList();
        for (TaskInput input : tasks) {
            if (input.taskId() != null && !known.contains(input.taskId())) {
                throw DomainException.invalid("plan.amendment-unknown-task", input.taskId());
            }
        }
        Map<String, TaskDraft> byId = current.tasks().stream()
                .collect(Collectors.toMap(TaskDraft::taskId, Function.identity()));
        List<TaskDraft> drafts = plan(content, tasks, byId);
        store.update(id, expected, plan -> plan.amend(content, drafts, reason, caller.subject(), clock.instant()));
        return syncTasks(id);
    }

    public Versioned<Plan> close(TdktPrincipal caller, String id, VersionPrecondition expected) {
        writable(caller, id, expected);
        return store.update(id, expected, plan -> plan.close(LocalDate.now(clock), clock.instant()));
    }

    /** Repairs plans whose task sync a crash interrupted (idempotent; run by {@link PlanJobs}). */
    public void repairTaskSync() {
        for (Plan plan : store.withPendingTaskSync()) {
            try {
                syncTasks(plan.id());
            } catch (OptimisticLockingFailureException e) {
                log.debug("Plan {} changed during task sync repair; next round will retry", plan.id());
            }
        }
    }

    private Versioned<Plan> syncTasks(String id) {
        Plan plan = store.get(id).value();
        taskSync.sync(plan.id(), plan.content().code(), plan.version(), plan.content().year(), plan.tasks());
        return store.update(id, VersionPrecondition.none(), synced -> synced.version() == plan.version()
                ? synced.taskSyncDone() : List.of());
    }

    private List<TaskDraft> plan(PlanContent content, List<TaskInput> tasks) {
        return plan(content, tasks, Map.of());
    }

    private List<TaskDraft> plan(PlanContent content, List<TaskInput> tasks, Map<String, TaskDraft> current) {
        if (content.issuerUnit() != null) {
            units.requireKnown(content.issuerUnit());
        }
        for (TaskInput input : tasks) {
            if (input.leadUnit() != null) {
                units.requireKnown(input.leadUnit());
            }
            if (input.coordinatingUnits() != null) {
                input.coordinatingUnits().forEach(units::requireKnown);
            }
        }
        content.responsibilities().stream().filter(r -> r.unitCode() != null)
                .forEach(r -> units.requireKnown(r.unitCode()));
        if (content.parentPlanId() != null && store.find(content.parentPlanId()).isEmpty()) {
            throw DomainException.invalid("plan.parent-unknown", content.parentPlanId());
        }
        return planner.plan(tasks, content.year(), current);
    }

    private static void requireNoTaskIds(List<TaskInput> tasks) {
        if (tasks.stream().anyMatch(task -> task.taskId() != null)) {
            throw DomainException.invalid("plan.task-id-not-allowed");
        }
    }

    private static boolean canSeeDrafts(TdktPrincipal caller) {
        return caller.hasAnyRole(TdktRole.SNV_OFFICER, TdktRole.ADMIN);
    }

    private static boolean mayWrite(TdktPrincipal caller, PlanContent content) {
        return caller.hasRole(TdktRole.SNV_OFFICER) || isOwnImplementingPlan(caller, content);
    }

    private static boolean isOwnImplementingPlan(TdktPrincipal caller, PlanContent content) {
        return caller.hasRole(TdktRole.UNIT_OFFICER) && caller.unitCode() != null
                && content.kind() == PlanKind.IMPLEMENTING && caller.unitCode().equals(content.issuerUnit());
    }

    private static void requireWriter(TdktPrincipal caller, PlanContent content) {
        if (!mayWrite(caller, content)) {
            throw DomainException.forbidden("security.forbidden");
        }
    }

    /**
     * The plan, if the caller may write it (403 for a caller who may write no plan or not this one) and it has the
     * version the caller expects (412): both checked before anything else, as the command checks the version again.
     */
    private Plan writable(TdktPrincipal caller, String id, VersionPrecondition expected) {
        caller.requireAnyRole(TdktRole.SNV_OFFICER, TdktRole.UNIT_OFFICER);
        Versioned<Plan> plan = store.get(id);
        requireWriter(caller, plan.value().content());
        expected.check(plan.version());
        return plan.value();
    }

    private boolean visible(TdktPrincipal caller, Plan plan) {
        return plan.status() != PlanStatus.DRAFT || canSeeDrafts(caller) || isOwnImplementingPlan(caller, plan.content());
    }

    /** A unit's own plan assigns tasks within the unit: to itself or its sub-units, never to other units. */
    private void requireOwnUnits(TdktPrincipal caller, PlanContent content, List<TaskInput> tasks) {
        if (caller.hasRole(TdktRole.SNV_OFFICER)) {
            return;
        }
        java.util.Set<String> own = new java.util.HashSet<>(java.util.Set.of(content.issuerUnit()));
        units.search(null, content.issuerUnit(), null).forEach(child -> own.add(child.code()));
        for (TaskInput input : tasks) {
            List<String> named = new java.util.ArrayList<>();
            named.add(input.leadUnit());
            if (input.coordinatingUnits() != null) {
                named.addAll(input.coordinatingUnits());
            }
            for (String unit : named) {
                if (unit != null && !own.contains(unit)) {
                    throw DomainException.invalid("plan.task-unit-outside-issuer", unit, content.issuerUnit());
                }
            }
        }
    }
}
