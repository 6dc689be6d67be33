package vn.tdkt.notification.inbound.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.plan.MovementLaunched;
import vn.tdkt.contracts.plan.TaskCancelled;
import vn.tdkt.contracts.plan.TaskCompleted;
import vn.tdkt.contracts.plan.TaskOverdue;
import vn.tdkt.contracts.plan.TaskUpdated;
import vn.tdkt.contracts.plan.UnitEvent;
import vn.tdkt.notification.directory.application.Directory;
import vn.tdkt.notification.escalation.application.EscalationService;
import vn.tdkt.notification.notice.domain.OverdueItem;
import vn.tdkt.notification.notice.domain.OverdueItems;
import vn.tdkt.notification.notice.domain.PlanNotices;
import vn.tdkt.notification.webhook.application.WebhookService;
import vn.tdkt.platform.messaging.EventRouter;
import vn.tdkt.platform.messaging.InboundEvent;
import vn.tdkt.platform.messaging.InboundEventReader;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * {@code planEvents} (topic {@code tdkt.plan.events}). Types not routed here are listed, with the reason, in
 * {@link IgnoredEvents}. Comparing {@code ce_sequence} across event types is never done: task-due and task-overdue
 * may come from a reminder aggregate with its own sequence; the unit registry alone is a read model guarded by its
 * aggregate's sequence.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlanEventHandlers {

    private final NoticeRecorder notices;
    private final EscalationService escalation;
    private final Directory directory;
    private final WebhookService webhooks;

    @Bean
    Consumer<Message<byte[]>> planEvents(InboundEventReader reader) {
        return EventRouter.builder(reader)
                .on(EventTypes.QUARTER_OPENED, notices.of(PlanNotices::quarterOpened))
                .on(EventTypes.TASK_ASSIGNED, notices.of(PlanNotices::taskAssigned))
                .on(EventTypes.TASK_DUE, notices.of(PlanNotices::taskDue))
                .on(EventTypes.TASK_OVERDUE, this::onTaskOverdue)
                .on(EventTypes.TASK_COMPLETED, this::onTaskCompleted)
                .on(EventTypes.TASK_CANCELLED, this::onTaskCancelled)
                .on(EventTypes.TASK_UPDATED, this::onTaskUpdated)
                .on(EventTypes.MOVEMENT_LAUNCHED, this::onMovementLaunched)
                .on(EventTypes.REGISTRATION_APPROVED, notices.of(PlanNotices::registrationApproved))
                .on(EventTypes.REGISTRATION_RETURNED, notices.of(PlanNotices::registrationReturned))
                .on(EventTypes.UNIT_REGISTERED, this::followRegistry)
                .on(EventTypes.UNIT_CHANGED, this::followRegistry)
                .build();
    }

    /** The unit and, on the escalation step, its head; a stale overdue event (the task was closed) sends nothing. */
    void onTaskOverdue(InboundEvent<TaskOverdue> event) {
        TaskOverdue overdue = event.payload();
        OverdueItem item = OverdueItems.of(overdue);
        escalation.overdue(item, overdue.escalate());
        notices.record(event, PlanNotices.taskOverdue(overdue));
    }

    void onTaskCompleted(InboundEvent<TaskCompleted> event) {
        TaskCompleted completed = event.payload();
        escalation.close(OverdueItem.Type.TASK.caseId(completed.taskId()), completed.dueDate(), "COMPLETED");
        notices.record(event, PlanNotices.taskCompleted(completed));
    }

    void onTaskCancelled(InboundEvent<TaskCancelled> event) {
        TaskCancelled cancelled = event.payload();
        escalation.close(OverdueItem.Type.TASK.caseId(cancelled.taskId()), cancelled.dueDate(), "CANCELLED");
        notices.record(event, PlanNotices.taskCancelled(cancelled, notices.context()));
    }

    /** A new due date ends the overdue chain of the old one; the new ladder's overdue event starts a new chain. */
    void onTaskUpdated(InboundEvent<TaskUpdated> event) {
        TaskUpdated updated = event.payload();
        if (updated.changedFields().contains("dueDate")) {
            escalation.close(OverdueItem.Type.TASK.caseId(updated.taskId()), updated.previousDueDate(),
                    "DUE_DATE_CHANGED");
        }
        notices.record(event, PlanNotices.taskUpdated(updated));
    }

    void onMovementLaunched(InboundEvent<MovementLaunched> event) {
        directory.rememberMovement(event.payload().movementId(), event.payload().name());
        notices.record(event, PlanNotices.movementLaunched(event.payload(), notices.context()));
    }

    /**
     * Both unit events carry the unit's whole entry: the directory takes a newer one, and webhooks follow whatever
     * entry the directory holds. They follow it on every delivery, not only when the directory changed: if following
     * failed after the directory was written, the retried event finds the directory up to date and would otherwise
     * leave the subscription on its old address (following is idempotent: an unchanged address changes nothing).
     */
    void followRegistry(InboundEvent<UnitEvent> event) {
        directory.apply(event.payload(), event.sequence())
                .or(() -> directory.find(event.payload().unit().unitCode())) // a stale or repeated event: what is held
                .ifPresent(current -> webhooks.followRegistry(current.code(), current.webhookUrl()));
    }
}
