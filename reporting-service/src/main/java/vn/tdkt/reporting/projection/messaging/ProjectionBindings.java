package vn.tdkt.reporting.projection.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.nomination.DossierAppraised;
import vn.tdkt.contracts.nomination.DossierSubmitted;
import vn.tdkt.contracts.plan.PlanPublished;
import vn.tdkt.contracts.plan.TaskCancelled;
import vn.tdkt.contracts.plan.TaskCompleted;
import vn.tdkt.contracts.plan.TaskDue;
import vn.tdkt.contracts.plan.TaskUpdated;
import vn.tdkt.contracts.plan.TaskOverdue;
import vn.tdkt.platform.messaging.EventRouter;
import vn.tdkt.platform.messaging.InboundEvent;
import vn.tdkt.platform.messaging.InboundEventReader;
import vn.tdkt.reporting.projection.application.DossierProjector;
import vn.tdkt.reporting.projection.application.TaskProjector;

/**
 * One consumer function per topic ({@code planEvents} ← tdkt.plan.events, {@code nominationEvents} ←
 * tdkt.nomination.events). Event types without a route are skipped by the router; malformed records raise
 * {@code PoisonEventException} and go to the dead-letter topic.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionBindings {

    @Bean
    public Consumer<Message<byte[]>> planEvents(InboundEventReader reader, TaskProjector tasks) {
        return EventRouter.builder(reader)
                .on(EventTypes.PLAN_PUBLISHED, (InboundEvent<PlanPublished> e) ->
                        tasks.planPublished(e.id(), e.subject(), e.sequence(), e.payload()))
                .on(EventTypes.TASK_DUE, (InboundEvent<TaskDue> e) ->
                        tasks.taskDue(e.id(), e.subject(), e.sequence(), e.payload()))
                .on(EventTypes.TASK_OVERDUE, (InboundEvent<TaskOverdue> e) ->
                        tasks.taskOverdue(e.id(), e.subject(), e.sequence(), e.payload()))
                .on(EventTypes.TASK_COMPLETED, (InboundEvent<TaskCompleted> e) ->
                        tasks.taskCompleted(e.id(), e.subject(), e.sequence(), e.payload()))
                .on(EventTypes.TASK_CANCELLED, (InboundEvent<TaskCancelled> e) ->
                        tasks.taskCancelled(e.id(), e.subject(), e.sequence(), e.payload()))
                .on(EventTypes.TASK_UPDATED, (InboundEvent<TaskUpdated> e) ->
                        tasks.taskUpdated(e.id(), e.subject(), e.sequence(), e.payload()))
                .build();
    }

    @Bean
    public Consumer<Message<byte[]>> nominationEvents(InboundEventReader reader, DossierProjector dossiers) {
        return EventRouter.builder(reader)
                .on(EventTypes.DOSSIER_SUBMITTED, (InboundEvent<DossierSubmitted> e) ->
                        dossiers.submitted(e.id(), e.subject(), e.sequence(), e.payload()))
                .on(EventTypes.DOSSIER_APPRAISED, (InboundEvent<DossierAppraised> e) ->
                        dossiers.appraised(e.id(), e.subject(), e.sequence(), e.payload()))
                .build();
    }
}
