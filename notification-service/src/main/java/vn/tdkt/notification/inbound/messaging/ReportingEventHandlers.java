package vn.tdkt.notification.inbound.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.reporting.ReportOverdue;
import vn.tdkt.contracts.reporting.ReportReturned;
import vn.tdkt.contracts.reporting.ReportSubmitted;
import vn.tdkt.notification.escalation.application.EscalationService;
import vn.tdkt.notification.escalation.domain.EscalationCase;
import vn.tdkt.notification.notice.domain.OverdueItem;
import vn.tdkt.notification.notice.domain.OverdueItems;
import vn.tdkt.notification.notice.domain.ReportingNotices;
import vn.tdkt.platform.messaging.EventRouter;
import vn.tdkt.platform.messaging.InboundEvent;
import vn.tdkt.platform.messaging.InboundEventReader;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** {@code reportingEvents} (topic {@code tdkt.reporting.events}); skipped types: {@link IgnoredEvents}. */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReportingEventHandlers {

    private final NoticeRecorder notices;
    private final EscalationService escalation;

    @Bean
    Consumer<Message<byte[]>> reportingEvents(InboundEventReader reader) {
        return EventRouter.builder(reader)
                .on(EventTypes.REPORT_DUE, notices.of(ReportingNotices::reportDue))
                .on(EventTypes.REPORT_OVERDUE, this::onReportOverdue)
                .on(EventTypes.REPORT_RETURNED, this::onReportReturned)
                .on(EventTypes.REPORT_SUBMITTED, this::onReportSubmitted)
                .build();
    }

    void onReportOverdue(InboundEvent<ReportOverdue> event) {
        escalation.overdue(OverdueItems.of(event.payload()), event.payload().escalate());
        notices.record(event, ReportingNotices.reportOverdue(event.payload()));
    }

    /** A returned report is owed again: its overdue chain may start again (the unit is told of the return). */
    void onReportReturned(InboundEvent<ReportReturned> event) {
        escalation.returned(OverdueItem.Type.REPORT.caseId(event.payload().dutyId()), event.payload().resubmitBy());
        notices.record(event, ReportingNotices.reportReturned(event.payload(), notices.context()));
    }

    /** A submitted report stops its overdue chain; nobody is told the unit did its own duty. */
    void onReportSubmitted(InboundEvent<ReportSubmitted> event) {
        ReportSubmitted submitted = event.payload();
        escalation.close(OverdueItem.Type.REPORT.caseId(submitted.dutyId()), submitted.dueDate(),
                EscalationCase.SUBMITTED);
        notices.record(event, ReportingNotices.reportSubmitted(submitted));
    }
}
