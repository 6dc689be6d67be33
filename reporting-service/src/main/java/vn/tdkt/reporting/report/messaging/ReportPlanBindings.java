package vn.tdkt.reporting.report.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.plan.PlanPublished;
import vn.tdkt.contracts.plan.TaskAssigned;
import vn.tdkt.contracts.plan.TaskCancelled;
import vn.tdkt.contracts.plan.TaskCompleted;
import vn.tdkt.contracts.plan.TaskUpdated;
import vn.tdkt.platform.messaging.EventRouter;
import vn.tdkt.platform.messaging.InboundEvent;
import vn.tdkt.platform.messaging.InboundEventReader;
import vn.tdkt.reporting.report.application.PlanReportDuties;

/**
 * {@code reportPlanEvents} ← tdkt.plan.events, in a consumer group of its own ({@code reporting-service-reports}):
 * the report duties follow plan tasks independently of the projections (own offsets, own dead-letter topic).
 * Redeliveries are harmless: obligations have ids derived from the task, duties apply task events in task order.
 */
@Configuration(proxyBeanMethods = false)
public class ReportPlanBindings {

    @Bean
    public Consumer<Message<byte[]>> reportPlanEvents(InboundEventReader reader, PlanReportDuties duties) {
        return EventRouter.builder(reader)
                .on(EventTypes.TASK_ASSIGNED,
                        (InboundEvent<TaskAssigned> e) -> duties.taskAssigned(e.payload(), e.sequence()))
                .on(EventTypes.PLAN_PUBLISHED, (InboundEvent<PlanPublished> e) -> duties.planPublished(e.payload()))
                .on(EventTypes.TASK_UPDATED,
                        (InboundEvent<TaskUpdated> e) -> duties.taskUpdated(e.payload(), e.sequence()))
                .on(EventTypes.TASK_CANCELLED,
                        (InboundEvent<TaskCancelled> e) -> duties.taskCancelled(e.payload(), e.sequence()))
                .on(EventTypes.TASK_COMPLETED,
                        (InboundEvent<TaskCompleted> e) -> duties.taskCompleted(e.payload(), e.sequence()))
                .build();
    }
}
