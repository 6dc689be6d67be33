package vn.tdkt.nomination.planview.messaging;

import java.util.function.BiConsumer;
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
                .on(EventTypes.UNIT_REGISTERED, sequenced(views::onUnit))
                .on(EventTypes.UNIT_CHANGED, sequenced(views::onUnit))
                .on(EventTypes.MOVEMENT_LAUNCHED, sequenced(views::onMovementLaunched))
                .on(EventTypes.MOVEMENT_CLOSED, sequenced(views::onMovementClosed))
                .on(EventTypes.REGISTRATION_SUBMITTED, sequenced(views::onRegistrationSubmitted))
                .on(EventTypes.REGISTRATION_APPROVED, sequenced(views::onRegistrationApproved))
                .on(EventTypes.REGISTRATION_RETURNED, sequenced(views::onRegistrationReturned))
                .on(EventTypes.CLUSTER_FORMED, sequenced(views::onClusterFormed))
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
                .on(EventTypes.CLUSTER_RANKED, sequenced(views::onClusterRanked))
                .build();
    }

    /**
     * The route to a view update that takes the event's sequence (the guard against redelivery and reordering) and
     * its payload.
     */
    private static <T> Consumer<InboundEvent<T>> sequenced(BiConsumer<Long, T> update) {
        return event -> update.accept(event.sequence(), event.payload());
    }
}
