package vn.tdkt.notification.inbound.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.notification.notice.domain.NominationNotices;
import vn.tdkt.platform.messaging.EventRouter;
import vn.tdkt.platform.messaging.InboundEventReader;

/** {@code nominationEvents} (topic {@code tdkt.nomination.events}); skipped types: {@link IgnoredEvents}. */
@Configuration(proxyBeanMethods = false)
class NominationEventHandlers {

    @Bean
    Consumer<Message<byte[]>> nominationEvents(InboundEventReader reader, NoticeRecorder notices) {
        return EventRouter.builder(reader)
                .on(EventTypes.DOSSIER_RETURNED, notices.of(NominationNotices::dossierReturned))
                .on(EventTypes.DOSSIER_APPRAISED, notices.of(NominationNotices::dossierAppraised))
                .on(EventTypes.DOSSIER_RECALLED, notices.of(NominationNotices::dossierRecalled))
                .on(EventTypes.DOSSIER_SLA_DUE, notices.of(NominationNotices::dossierSlaDue))
                .on(EventTypes.DOSSIER_SLA_BREACHED, notices.of(NominationNotices::dossierSlaBreached))
                .on(EventTypes.COUNCIL_SESSION_SCHEDULED, notices.of(NominationNotices::councilSessionScheduled))
                .on(EventTypes.AWARD_DECIDED, notices.of(NominationNotices::awardDecided))
                .on(EventTypes.AWARD_REVOKED, notices.of(NominationNotices::awardRevoked))
                .on(EventTypes.COUNCIL_MEETING_DUE, notices.of(NominationNotices::councilMeetingDue))
                .build();
    }
}
