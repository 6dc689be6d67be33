package vn.tdkt.notification.inbound.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.nomination.AwardDecided;
import vn.tdkt.contracts.nomination.AwardRevoked;
import vn.tdkt.contracts.nomination.CouncilMeetingDue;
import vn.tdkt.contracts.nomination.CouncilSessionScheduled;
import vn.tdkt.contracts.nomination.DossierAppraised;
import vn.tdkt.contracts.nomination.DossierRecalled;
import vn.tdkt.contracts.nomination.DossierReturned;
import vn.tdkt.contracts.nomination.DossierSlaBreached;
import vn.tdkt.contracts.nomination.DossierSlaDue;
import vn.tdkt.notification.delivery.application.NoticeIntake;
import vn.tdkt.notification.directory.application.NoticeContexts;
import vn.tdkt.notification.notice.domain.EventNotices;
import vn.tdkt.notification.notice.domain.NominationNotices;
import vn.tdkt.platform.messaging.EventRouter;
import vn.tdkt.platform.messaging.InboundEvent;
import vn.tdkt.platform.messaging.InboundEventReader;

/** {@code nominationEvents} (topic {@code tdkt.nomination.events}); skipped types: {@link IgnoredEvents}. */
@Configuration(proxyBeanMethods = false)
class NominationEventHandlers {

    private final NoticeIntake intake;
    private final NoticeContexts contexts;

    NominationEventHandlers(NoticeIntake intake, NoticeContexts contexts) {
        this.intake = intake;
        this.contexts = contexts;
    }

    @Bean
    Consumer<Message<byte[]>> nominationEvents(InboundEventReader reader) {
        return EventRouter.builder(reader)
                .on(EventTypes.DOSSIER_RETURNED, (InboundEvent<DossierReturned> e) ->
                        record(e, NominationNotices.dossierReturned(e.payload(), contexts.current())))
                .on(EventTypes.DOSSIER_APPRAISED, (InboundEvent<DossierAppraised> e) ->
                        record(e, NominationNotices.dossierAppraised(e.payload(), contexts.current())))
                .on(EventTypes.DOSSIER_RECALLED, (InboundEvent<DossierRecalled> e) ->
                        record(e, NominationNotices.dossierRecalled(e.payload(), contexts.current())))
                .on(EventTypes.DOSSIER_SLA_DUE, (InboundEvent<DossierSlaDue> e) ->
                        record(e, NominationNotices.dossierSlaDue(e.payload(), contexts.current())))
                .on(EventTypes.DOSSIER_SLA_BREACHED, (InboundEvent<DossierSlaBreached> e) ->
                        record(e, NominationNotices.dossierSlaBreached(e.payload(), contexts.current())))
                .on(EventTypes.COUNCIL_SESSION_SCHEDULED, (InboundEvent<CouncilSessionScheduled> e) ->
                        record(e, NominationNotices.councilSessionScheduled(e.payload(), contexts.current())))
                .on(EventTypes.AWARD_DECIDED, (InboundEvent<AwardDecided> e) ->
                        record(e, NominationNotices.awardDecided(e.payload(), contexts.current())))
                .on(EventTypes.AWARD_REVOKED, (InboundEvent<AwardRevoked> e) ->
                        record(e, NominationNotices.awardRevoked(e.payload(), contexts.current())))
                .on(EventTypes.COUNCIL_MEETING_DUE, (InboundEvent<CouncilMeetingDue> e) ->
                        record(e, NominationNotices.councilMeetingDue(e.payload(), contexts.current())))
                .build();
    }

    private void record(InboundEvent<?> event, EventNotices notices) {
        intake.record(InboundEvents.source(event), notices);
    }
}
