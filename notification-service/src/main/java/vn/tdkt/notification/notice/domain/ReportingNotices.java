package vn.tdkt.notification.notice.domain;

import java.util.List;
import vn.tdkt.contracts.reporting.ReportDue;
import vn.tdkt.contracts.reporting.ReportDutyRef;
import vn.tdkt.contracts.reporting.ReportOverdue;
import vn.tdkt.contracts.reporting.ReportReturned;
import vn.tdkt.contracts.reporting.ReportSubmitted;

/**
 * Recipient rules of reporting-service's events: report-due and report-returned to the unit that owes the report;
 * report-overdue goes through the escalation chain ({@link EscalationNotices}); report-submitted notifies nobody
 * (it closes the escalation) but concerns its unit.
 */
public final class ReportingNotices {

    private ReportingNotices() {
    }

    public static EventNotices reportDue(ReportDue event, NoticeContext context) {
        ReportDutyRef duty = event.duty();
        Model model = PlanNotices.unitModel(duty.unitCode(), context)
                .put("title", duty.title())
                .put("period", duty.period())
                .put("dueDate", NoticeFormat.date(event.dueDate()))
                .put("daysLeft", Math.max(0, event.daysLeft()))
                .put("dueToday", event.daysLeft() <= 0)
                .put("notDueToday", event.daysLeft() > 0);
        return EventNotices.of(List.of(new Notice(NoticeKind.REPORT_DUE, RecipientRef.unit(duty.unitCode()),
                duty(duty.dutyId()), model.build())));
    }

    public static EventNotices reportReturned(ReportReturned event, NoticeContext context) {
        ReportDutyRef duty = event.duty();
        Model model = PlanNotices.unitModel(duty.unitCode(), context)
                .put("title", duty.title())
                .put("period", duty.period())
                .put("reasons", event.reasons())
                .optional("resubmitBy", NoticeFormat.date(event.resubmitBy()))
                .put("returnedOn", NoticeFormat.date(event.returnedAt(), context.zone()));
        return EventNotices.of(List.of(new Notice(NoticeKind.REPORT_RETURNED, RecipientRef.unit(duty.unitCode()),
                duty(duty.dutyId()), model.build())));
    }

    /** The unit's notices go through the escalation chain; the event concerns the unit (its webhooks). */
    public static EventNotices reportOverdue(ReportOverdue event) {
        return EventNotices.none(java.util.Set.of(event.duty().unitCode()));
    }

    public static EventNotices reportSubmitted(ReportSubmitted event) {
        return EventNotices.none(java.util.Set.of(event.duty().unitCode()));
    }

    static Reference duty(String dutyId) {
        return new Reference(Reference.Type.REPORT_DUTY, dutyId);
    }
}
