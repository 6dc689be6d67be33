package vn.tdkt.notification.notice.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tdkt.contracts.plan.MovementLaunched;
import vn.tdkt.contracts.plan.QuarterOpened;
import vn.tdkt.contracts.plan.RegistrationApproved;
import vn.tdkt.contracts.plan.RegistrationReturned;
import vn.tdkt.contracts.plan.TaskAssigned;
import vn.tdkt.contracts.plan.TaskCancelled;
import vn.tdkt.contracts.plan.TaskCompleted;
import vn.tdkt.contracts.plan.TaskDue;
import vn.tdkt.contracts.plan.TaskOverdue;
import vn.tdkt.contracts.plan.TaskRef;
import vn.tdkt.contracts.plan.TaskUpdated;

/**
 * Recipient rules of plan-service's events (README, notification-service section):
 * <ul>
 *   <li>quarter-opened: the quarterly digest to the unit it lists;</li>
 *   <li>task-assigned: the unit the assignment addresses (lead or coordinating);</li>
 *   <li>task-due: the lead unit (chủ trì) and each coordinating unit (phối hợp);</li>
 *   <li>task-cancelled: the lead and coordinating units, so nobody keeps working on it;</li>
 *   <li>movement-launched: each participating unit, with its own quotas;</li>
 *   <li>registration-approved / -returned: the registering unit.</li>
 * </ul>
 * task-overdue goes through the escalation chain ({@link EscalationNotices}); task-completed notifies nobody (the
 * unit did it) but concerns its units.
 */
public final class PlanNotices {

    private PlanNotices() {
    }

    public static EventNotices quarterOpened(QuarterOpened event, NoticeContext context) {
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (QuarterOpened.QuarterTask task : event.tasks()) {
            tasks.add(new Model()
                    .put("content", task.content())
                    .optional("planCode", task.planCode())
                    .optional("dueDate", NoticeFormat.date(task.dueDate()))
                    .put("lead", "LEAD".equals(task.role()))
                    .put("coordinating", !"LEAD".equals(task.role()))
                    .build());
        }
        int more = Math.max(0, event.taskCount() - event.tasks().size());
        Model model = unitModel(event.unitCode(), context)
                .put("year", event.year())
                .put("quarter", event.quarter())
                .put("quarterRoman", NoticeFormat.quarter(event.quarter()))
                .put("quarterStart", NoticeFormat.date(event.quarterStart()))
                .put("quarterEnd", NoticeFormat.date(event.quarterEnd()))
                .put("tasks", tasks)
                .put("hasTasks", !tasks.isEmpty())
                .put("taskCount", event.taskCount())
                .put("more", more > 0)
                .put("moreCount", more);
        Reference reference = new Reference(Reference.Type.QUARTER,
                event.unitCode() + ":" + event.year() + "-Q" + event.quarter());
        return EventNotices.of(List.of(new Notice(NoticeKind.QUARTER_DIGEST, RecipientRef.unit(event.unitCode()),
                reference, model.build())));
    }

    public static EventNotices taskAssigned(TaskAssigned event, NoticeContext context) {
        TaskRef ref = event.task();
        boolean lead = "LEAD".equals(event.role());
        Model model = unitModel(event.unitCode(), context)
                .put("content", ref.content())
                .optional("planCode", ref.planCode())
                .put("planVersion", event.planVersion())
                .optional("dueDate", NoticeFormat.date(event.dueDate()))
                .optional("periodText", event.periodText())
                .put("lead", lead)
                .put("coordinating", !lead)
                .put("leadUnitName", context.unitName(ref.leadUnit()))
                .optional("coordinatingUnitNames", names(coordinating(ref.leadUnit(), ref.coordinatingUnits()),
                        context));
        return new EventNotices(List.of(new Notice(NoticeKind.TASK_ASSIGNED, RecipientRef.unit(event.unitCode()),
                task(event.taskId()), model.build())), units(ref));
    }

    public static EventNotices taskDue(TaskDue event, NoticeContext context) {
        TaskRef ref = event.task();
        List<Notice> notices = new ArrayList<>();
        for (String unit : withLead(ref.leadUnit(), ref.coordinatingUnits())) {
            boolean lead = unit.equals(ref.leadUnit());
            Model model = unitModel(unit, context)
                    .put("content", ref.content())
                    .optional("planCode", ref.planCode())
                    .put("dueDate", NoticeFormat.date(event.dueDate()))
                    .put("daysLeft", Math.max(0, event.daysLeft()))
                    .put("dueToday", event.daysLeft() <= 0)
                    .put("notDueToday", event.daysLeft() > 0)
                    .put("lead", lead)
                    .put("coordinating", !lead)
                    .put("leadUnitName", context.unitName(ref.leadUnit()));
            notices.add(new Notice(NoticeKind.TASK_DUE, RecipientRef.unit(unit), task(event.taskId()), model.build()));
        }
        return EventNotices.of(notices);
    }

    public static EventNotices taskCancelled(TaskCancelled event, NoticeContext context) {
        TaskRef ref = event.task();
        List<Notice> notices = new ArrayList<>();
        for (String unit : withLead(ref.leadUnit(), ref.coordinatingUnits())) {
            Model model = unitModel(unit, context)
                    .put("content", ref.content())
                    .optional("planCode", ref.planCode())
                    .optional("dueDate", NoticeFormat.date(event.dueDate()))
                    .optional("reason", "PLAN_AMENDED".equals(event.reason()) ? null : event.reason())
                    .put("planAmended", "PLAN_AMENDED".equals(event.reason()))
                    .put("lead", unit.equals(ref.leadUnit()))
                    .put("cancelledOn", NoticeFormat.date(event.cancelledAt(), context.zone()));
            notices.add(new Notice(NoticeKind.TASK_CANCELLED, RecipientRef.unit(unit), task(event.taskId()),
                    model.build()));
        }
        return EventNotices.of(notices);
    }

    /**
     * The unit's own notices of an overdue task go through the escalation chain ({@link EscalationNotices}); the
     * event itself concerns the lead and coordinating units (their webhooks).
     */
    public static EventNotices taskOverdue(TaskOverdue event) {
        return EventNotices.none(units(event.task()));
    }

    /** A changed task asks nothing new of anyone (a new due date starts a new reminder ladder upstream). */
    public static EventNotices taskUpdated(TaskUpdated event) {
        return EventNotices.none(units(event.task()));
    }

    /** Nobody is told that a unit finished its own task; its webhooks still hear about it. */
    public static EventNotices taskCompleted(TaskCompleted event) {
        return EventNotices.none(units(event.task()));
    }

    public static EventNotices movementLaunched(MovementLaunched event, NoticeContext context) {
        List<Notice> notices = new ArrayList<>();
        for (String unit : new LinkedHashSet<>(event.participants())) {
            List<Map<String, Object>> quotas = event.quotas().stream()
                    .filter(quota -> quota.unitCode().equals(unit))
                    .map(quota -> new Model().put("awardCode", quota.awardCode()).put("max", quota.max()).build())
                    .toList();
            Model model = unitModel(unit, context)
                    .put("name", event.name())
                    .optional("directive", event.directive())
                    .put("periodFrom", NoticeFormat.date(event.periodFrom()))
                    .put("periodTo", NoticeFormat.date(event.periodTo()))
                    .put("nominationFrom", NoticeFormat.date(event.nominationFrom()))
                    .put("nominationTo", NoticeFormat.date(event.nominationTo()))
                    .optional("receivingDesk", event.receivingDesk())
                    .put("awardForms", event.awardForms())
                    .optional("quotas", quotas);
            notices.add(new Notice(NoticeKind.MOVEMENT_LAUNCHED, RecipientRef.unit(unit),
                    new Reference(Reference.Type.MOVEMENT, event.movementId()), model.build()));
        }
        return EventNotices.of(notices);
    }

    public static EventNotices registrationApproved(RegistrationApproved event, NoticeContext context) {
        Model model = unitModel(event.unitCode(), context)
                .put("movementName", context.movementName(event.movementId()))
                .put("submission", event.submission())
                .put("items", event.items().stream()
                        .map(item -> new Model().put("awardCode", item.awardCode()).put("count", item.count()).build())
                        .toList())
                .put("approvedOn", NoticeFormat.date(event.approvedAt(), context.zone()));
        return EventNotices.of(List.of(new Notice(NoticeKind.REGISTRATION_APPROVED,
                RecipientRef.unit(event.unitCode()), registration(event.registrationId()), model.build())));
    }

    public static EventNotices registrationReturned(RegistrationReturned event, NoticeContext context) {
        Model model = unitModel(event.unitCode(), context)
                .put("movementName", context.movementName(event.movementId()))
                .put("submission", event.submission())
                .put("reason", event.reason())
                .put("returnedOn", NoticeFormat.date(event.returnedAt(), context.zone()));
        return EventNotices.of(List.of(new Notice(NoticeKind.REGISTRATION_RETURNED,
                RecipientRef.unit(event.unitCode()), registration(event.registrationId()), model.build())));
    }

    static Model unitModel(String unitCode, NoticeContext context) {
        return new Model().put("unitCode", unitCode).put("unitName", context.unitName(unitCode));
    }

    static Reference task(String taskId) {
        return new Reference(Reference.Type.TASK, taskId);
    }

    private static Reference registration(String registrationId) {
        return new Reference(Reference.Type.REGISTRATION, registrationId);
    }

    /** The lead unit first, then each distinct coordinating unit other than the lead. */
    static Set<String> withLead(String leadUnit, List<String> coordinatingUnits) {
        Set<String> units = new LinkedHashSet<>();
        units.add(leadUnit);
        units.addAll(coordinating(leadUnit, coordinatingUnits));
        return units;
    }

    /** The units a task event concerns (their webhooks hear about it): the lead, then the coordinating ones. */
    static Set<String> units(TaskRef task) {
        return units(task.leadUnit(), task.coordinatingUnits());
    }

    static Set<String> units(String leadUnit, List<String> coordinatingUnits) {
        return withLead(leadUnit, coordinatingUnits);
    }

    private static List<String> coordinating(String leadUnit, List<String> units) {
        return units.stream().filter(unit -> unit != null && !unit.isBlank() && !unit.equals(leadUnit))
                .distinct().toList();
    }

    private static String names(List<String> units, NoticeContext context) {
        return units.isEmpty() ? null : String.join(", ", units.stream().map(context::unitName).toList());
    }
}
