package vn.tdkt.nomination.planview.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.tdkt.calendar.CalendarDataException;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.plan.CalendarOverridden;
import vn.tdkt.contracts.plan.ClusterFormed;
import vn.tdkt.contracts.plan.MovementClosed;
import vn.tdkt.contracts.plan.MovementLaunched;
import vn.tdkt.contracts.plan.RegistrationApproved;
import vn.tdkt.contracts.plan.RegistrationReturned;
import vn.tdkt.contracts.plan.RegistrationSubmitted;
import vn.tdkt.contracts.plan.UnitChanged;
import vn.tdkt.contracts.plan.UnitRegistered;
import vn.tdkt.contracts.reporting.ClusterRanked;
import vn.tdkt.nomination.planview.application.PlanViews;
import vn.tdkt.nomination.sla.application.WorkingDays;
import vn.tdkt.platform.messaging.EventRouter;
import vn.tdkt.platform.messaging.InboundEvent;
import vn.tdkt.platform.messaging.InboundEventReader;
import vn.tdkt.platform.messaging.PoisonEventException;

/**
 * The service's inbound topics: {@code planEvents} ← tdkt.plan.events (units, movements, registrations, clusters,
 * calendar overrides) and {@code reportingEvents} ← tdkt.reporting.events (cluster ranks, for R-COT-01). Every
 * handler is a sequence-guarded upsert, so redelivery changes nothing; types without a route are skipped.
 */
@Configuration(proxyBeanMethods = false)
public class InboundBindings {

    @Bean
    public Consumer<Message<byte[]>> planEvents(InboundEventReader reader, PlanViews views, WorkingDays workingDays) {
        return EventRouter.builder(reader)
                .on(EventTypes.UNIT_REGISTERED, (InboundEvent<UnitRegistered> e) ->
                        views.onUnit(e.sequence(), e.payload()))
                .on(EventTypes.UNIT_CHANGED, (InboundEvent<UnitChanged> e) ->
                        views.onUnit(e.sequence(), e.payload()))
                .on(EventTypes.MOVEMENT_LAUNCHED, (InboundEvent<MovementLaunched> e) ->
                        views.onMovementLaunched(e.sequence(), e.payload()))
                .on(EventTypes.MOVEMENT_CLOSED, (InboundEvent<MovementClosed> e) ->
                        views.onMovementClosed(e.sequence(), e.payload()))
                .on(EventTypes.REGISTRATION_SUBMITTED, (InboundEvent<RegistrationSubmitted> e) ->
                        views.onRegistrationSubmitted(e.sequence(), e.payload()))
                .on(EventTypes.REGISTRATION_APPROVED, (InboundEvent<RegistrationApproved> e) ->
                        views.onRegistrationApproved(e.sequence(), e.payload()))
                .on(EventTypes.REGISTRATION_RETURNED, (InboundEvent<RegistrationReturned> e) ->
                        views.onRegistrationReturned(e.sequence(), e.payload()))
                .on(EventTypes.CLUSTER_FORMED, (InboundEvent<ClusterFormed> e) ->
                        views.onClusterFormed(e.sequence(), e.payload()))
                .on(EventTypes.CALENDAR_OVERRIDDEN, (InboundEvent<CalendarOverridden> e) -> {
                    CalendarOverridden c = e.payload();
                    try {
                        workingDays.applyOverride(c.calendarId(), e.sequence(), c.year(), c.data(),
                                c.overriddenBy(), c.overriddenAt());
                    } catch (CalendarDataException unreadable) {
                        throw new PoisonEventException("calendar-overridden " + c.calendarId()
                                + " carries unreadable data: " + unreadable.getMessage(), unreadable);
                    }
                })
                .build();
    }

    @Bean
    public Consumer<Message<byte[]>> reportingEvents(InboundEventReader reader, PlanViews views) {
        return EventRouter.builder(reader)
                .on(EventTypes.CLUSTER_RANKED, (InboundEvent<ClusterRanked> e) ->
                        views.onClusterRanked(e.sequence(), e.payload()))
                .build();
    }
}
