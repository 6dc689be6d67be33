package vn.tdkt.reporting.projection.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.nomination.AwardDecided;
import vn.tdkt.contracts.nomination.AwardRevoked;
import vn.tdkt.contracts.nomination.CouncilSessionScheduled;
import vn.tdkt.contracts.nomination.CouncilVoted;
import vn.tdkt.contracts.nomination.DossierSlaBreached;
import vn.tdkt.contracts.notification.NotificationFailed;
import vn.tdkt.contracts.notification.NotificationSent;
import vn.tdkt.contracts.plan.CalendarOverridden;
import vn.tdkt.contracts.plan.ClusterFormed;
import vn.tdkt.contracts.plan.MovementClosed;
import vn.tdkt.contracts.plan.MovementLaunched;
import vn.tdkt.contracts.plan.PlanAmended;
import vn.tdkt.contracts.plan.PlanPublished;
import vn.tdkt.contracts.plan.RegistrationApproved;
import vn.tdkt.contracts.plan.RegistrationReturned;
import vn.tdkt.contracts.plan.RegistrationSubmitted;
import vn.tdkt.contracts.plan.TaskAssigned;
import vn.tdkt.contracts.plan.TaskCompleted;
import vn.tdkt.contracts.plan.UnitEvent;
import vn.tdkt.platform.messaging.EventRouter;
import vn.tdkt.platform.messaging.InboundEvent;
import vn.tdkt.platform.messaging.InboundEventReader;
import vn.tdkt.reporting.projection.application.NominationProjector;
import vn.tdkt.reporting.projection.application.NotificationProjector;
import vn.tdkt.reporting.projection.application.PlanProjector;
import vn.tdkt.reporting.projection.domain.DossierRow;
import vn.tdkt.reporting.projection.domain.TaskRow;

/**
 * The projections' consumers, one function per topic, in the service's main consumer group: {@code planEvents}
 * ← tdkt.plan.events, {@code nominationEvents} ← tdkt.nomination.events, {@code notificationEvents} ←
 * tdkt.notification.events. Every event type of these topics has a route here or a reason in
 * {@link IgnoredEventTypes}; {@code EventCatalogueCoverageTest} keeps it so. Malformed records raise
 * {@code PoisonEventException} and go to the dead-letter topic.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionBindings {

    @Bean
    public Consumer<Message<byte[]>> planEvents(InboundEventReader reader, PlanProjector plan) {
        return EventRouter.builder(reader)
                .on(EventTypes.PLAN_PUBLISHED, (InboundEvent<PlanPublished> e) -> plan.planPublished(e))
                .on(EventTypes.PLAN_AMENDED, (InboundEvent<PlanAmended> e) -> plan.planAmended(e))
                .on(EventTypes.TASK_ASSIGNED, (InboundEvent<TaskAssigned> e) -> plan.taskAssigned(e))
                .on(EventTypes.TASK_UPDATED, plan.taskStep(TaskRow::updated))
                .on(EventTypes.TASK_COMPLETED, (InboundEvent<TaskCompleted> e) -> plan.taskCompleted(e))
                .on(EventTypes.TASK_CANCELLED, plan.taskStep(TaskRow::cancelled))
                .on(EventTypes.TASK_DUE, plan.taskStep(TaskRow::due))
                .on(EventTypes.TASK_OVERDUE, plan.taskStep(TaskRow::overdue))
                .on(EventTypes.UNIT_REGISTERED, (InboundEvent<UnitEvent> e) -> plan.unit(e))
                .on(EventTypes.UNIT_CHANGED, (InboundEvent<UnitEvent> e) -> plan.unit(e))
                .on(EventTypes.CLUSTER_FORMED, (InboundEvent<ClusterFormed> e) -> plan.clusterFormed(e))
                .on(EventTypes.MOVEMENT_LAUNCHED, (InboundEvent<MovementLaunched> e) -> plan.movementLaunched(e))
                .on(EventTypes.MOVEMENT_CLOSED, (InboundEvent<MovementClosed> e) -> plan.movementClosed(e))
                .on(EventTypes.REGISTRATION_SUBMITTED,
                        (InboundEvent<RegistrationSubmitted> e) -> plan.registrationSubmitted(e))
                .on(EventTypes.REGISTRATION_APPROVED,
                        (InboundEvent<RegistrationApproved> e) -> plan.registrationApproved(e))
                .on(EventTypes.REGISTRATION_RETURNED,
                        (InboundEvent<RegistrationReturned> e) -> plan.registrationReturned(e))
                .on(EventTypes.CALENDAR_OVERRIDDEN, (InboundEvent<CalendarOverridden> e) -> plan.calendarOverridden(e))
                .build();
    }

    @Bean
    public Consumer<Message<byte[]>> nominationEvents(InboundEventReader reader, NominationProjector nomination) {
        return EventRouter.builder(reader)
                .on(EventTypes.DOSSIER_SUBMITTED, nomination.dossierStep(DossierRow::submitted))
                .on(EventTypes.DOSSIER_ASSIGNED, nomination.dossierStep(DossierRow::assigned))
                .on(EventTypes.DOSSIER_RETURNED, nomination.dossierStep(DossierRow::returned))
                .on(EventTypes.DOSSIER_RESUBMITTED, nomination.dossierStep(DossierRow::resubmitted))
                .on(EventTypes.DOSSIER_RECALLED, nomination.dossierStep(DossierRow::recalled))
                .on(EventTypes.DOSSIER_APPRAISED, nomination.dossierStep(DossierRow::appraised))
                .on(EventTypes.DOSSIER_SLA_DUE, nomination.dossierStep(DossierRow::slaDue))
                // DossierRow.slaBreached is overloaded (the flag's accessor): the witness names the event
                .on(EventTypes.DOSSIER_SLA_BREACHED,
                        nomination.<DossierSlaBreached>dossierStep(DossierRow::slaBreached))
                .on(EventTypes.COUNCIL_SESSION_SCHEDULED,
                        (InboundEvent<CouncilSessionScheduled> e) -> nomination.sessionScheduled(e))
                .on(EventTypes.COUNCIL_VOTED, (InboundEvent<CouncilVoted> e) -> nomination.voted(e))
                .on(EventTypes.NOTICE_OPENED, nomination.noticeStep(DossierRow::noticeOpened))
                .on(EventTypes.NOTICE_CLOSED, nomination.noticeStep(DossierRow::noticeClosed))
                .on(EventTypes.AWARD_DECIDED, (InboundEvent<AwardDecided> e) -> nomination.awardDecided(e))
                .on(EventTypes.AWARD_REVOKED, (InboundEvent<AwardRevoked> e) -> nomination.awardRevoked(e))
                .build();
    }

    @Bean
    public Consumer<Message<byte[]>> notificationEvents(InboundEventReader reader,
            NotificationProjector notifications) {
        return EventRouter.builder(reader)
                .on(EventTypes.NOTIFICATION_SENT, (InboundEvent<NotificationSent> e) -> notifications.sent(e))
                .on(EventTypes.NOTIFICATION_FAILED, (InboundEvent<NotificationFailed> e) -> notifications.failed(e))
                .build();
    }
}
