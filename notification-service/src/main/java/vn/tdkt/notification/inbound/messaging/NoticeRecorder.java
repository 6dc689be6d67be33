package vn.tdkt.notification.inbound.messaging;

import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.tdkt.contracts.EventType;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.notification.delivery.application.NoticeIntake;
import vn.tdkt.notification.delivery.application.SourceEvent;
import vn.tdkt.notification.directory.application.NoticeContexts;
import vn.tdkt.notification.notice.domain.EventNotices;
import vn.tdkt.notification.notice.domain.NoticeContext;
import vn.tdkt.platform.messaging.InboundEvent;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * What every event handler ends with: the notices an inbound event makes, recorded with the event as the delivery
 * side keeps it ({@link SourceEvent}). Most events need nothing else, so {@link #of} makes their whole handler.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NoticeRecorder {

    private final NoticeIntake intake;
    private final NoticeContexts contexts;

    /** The handler of an event whose notices follow from its payload in the current context alone. */
    <P> Consumer<InboundEvent<P>> of(BiFunction<P, NoticeContext, EventNotices> notices) {
        return event -> record(event, notices.apply(event.payload(), context()));
    }

    void record(InboundEvent<?> event, EventNotices notices) {
        intake.record(source(event), notices);
    }

    /** The directory and settings notices are written in, as they are now. */
    NoticeContext context() {
        return contexts.current();
    }

    static SourceEvent source(InboundEvent<?> event) {
        String type = event.envelope().type();
        String name = EventTypes.byType(type).map(EventType::name).orElse(type);
        return new SourceEvent(event.id(), type, name, event.envelope().source(), event.subject(),
                event.envelope().time(), event.sequence(), event.payload());
    }
}
