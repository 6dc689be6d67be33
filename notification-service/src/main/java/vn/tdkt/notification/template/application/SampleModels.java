package vn.tdkt.notification.template.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;
import vn.tdkt.contracts.EventType;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.plan.TaskOverdue;
import vn.tdkt.contracts.reporting.ReportOverdue;
import vn.tdkt.notification.directory.application.NoticeContexts;
import vn.tdkt.notification.notice.domain.Audience;
import vn.tdkt.notification.notice.domain.EscalationNotices;
import vn.tdkt.notification.notice.domain.EventNotices;
import vn.tdkt.notification.notice.domain.NominationNotices;
import vn.tdkt.notification.notice.domain.Notice;
import vn.tdkt.notification.notice.domain.NoticeContext;
import vn.tdkt.notification.notice.domain.NoticeKind;
import vn.tdkt.notification.notice.domain.OverdueItem;
import vn.tdkt.notification.notice.domain.OverdueItems;
import vn.tdkt.notification.notice.domain.PlanNotices;
import vn.tdkt.notification.notice.domain.ReportingNotices;
import vn.tdkt.platform.events.EventJson;
import lombok.RequiredArgsConstructor;

/**
 * The model a template is previewed and validated with: the golden fixture of the event its kind comes from
 * ({@code infra/contracts}, {@code /contracts/fixtures/}), run through the same recipient rule as a real event. So a
 * template that renders the sample renders every event of the contract's shape.
 */
@Component
@RequiredArgsConstructor
public class SampleModels {

    private final NoticeContexts contexts;

    public Map<String, Object> of(NoticeKind kind) {
        NoticeContext context = contexts.current();
        return switch (kind) {
            case QUARTER_DIGEST -> first(kind, EventTypes.QUARTER_OPENED, PlanNotices::quarterOpened, context);
            case TASK_ASSIGNED -> first(kind, EventTypes.TASK_ASSIGNED, PlanNotices::taskAssigned, context);
            case TASK_DUE -> first(kind, EventTypes.TASK_DUE, PlanNotices::taskDue, context);
            case TASK_CANCELLED -> first(kind, EventTypes.TASK_CANCELLED, PlanNotices::taskCancelled, context);
            case TASK_OVERDUE -> EscalationNotices.unit(taskOverdue(), taskOverdue().dueDate().plusDays(1), context)
                    .model();
            case ESCALATION_HEAD -> EscalationNotices.head(taskOverdue(), taskOverdue().dueDate().plusDays(7), context)
                    .model();
            case ESCALATION_PARENT -> EscalationNotices.levelAbove(taskOverdue(),
                    taskOverdue().dueDate().plusDays(14), context).model();
            case REPORT_OVERDUE -> EscalationNotices.unit(reportOverdue(), reportOverdue().dueDate().plusDays(1),
                    context).model();
            case MOVEMENT_LAUNCHED -> first(kind, EventTypes.MOVEMENT_LAUNCHED, PlanNotices::movementLaunched, context);
            case REGISTRATION_APPROVED -> first(kind, EventTypes.REGISTRATION_APPROVED,
                    PlanNotices::registrationApproved, context);
            case REGISTRATION_RETURNED -> first(kind, EventTypes.REGISTRATION_RETURNED,
                    PlanNotices::registrationReturned, context);
            case DOSSIER_RETURNED -> first(kind, EventTypes.DOSSIER_RETURNED, NominationNotices::dossierReturned,
                    context);
            case DOSSIER_APPRAISED -> first(kind, EventTypes.DOSSIER_APPRAISED, NominationNotices::dossierAppraised,
                    context);
            case DOSSIER_RECALLED -> first(kind, EventTypes.DOSSIER_RECALLED, NominationNotices::dossierRecalled,
                    context);
            case DOSSIER_SLA_DUE -> first(kind, EventTypes.DOSSIER_SLA_DUE, NominationNotices::dossierSlaDue, context);
            case DOSSIER_SLA_BREACHED -> first(kind, EventTypes.DOSSIER_SLA_BREACHED,
                    NominationNotices::dossierSlaBreached, context);
            case COUNCIL_INVITATION -> first(kind, EventTypes.COUNCIL_SESSION_SCHEDULED,
                    NominationNotices::councilSessionScheduled, context);
            case AWARD_DECIDED -> first(kind, EventTypes.AWARD_DECIDED, NominationNotices::awardDecided, context);
            case AWARD_REVOKED -> first(kind, EventTypes.AWARD_REVOKED, NominationNotices::awardRevoked, context);
            case REPORT_DUE -> first(kind, EventTypes.REPORT_DUE, ReportingNotices::reportDue, context);
            case REPORT_RETURNED -> first(kind, EventTypes.REPORT_RETURNED, ReportingNotices::reportReturned, context);
            case WEBHOOK_DISABLED -> EscalationNotices.webhookDisabled("0195f3a2-7c1e-7a00-8000-0000000000e1", "SGDDT",
                    "https://sgddt.example.gov.vn/hooks/tdkt", 5, "HTTP 503", context).model();
            case DAILY_DIGEST -> EscalationNotices.digest("SGDDT", "23/06/2025", List.of(
                    Map.of("kind", "TASK_DUE", "kindLabel", NoticeKind.TASK_DUE.label(),
                            "subject", "[TĐKT] Nhiệm vụ sắp đến hạn 30/06/2025 (còn 7 ngày)",
                            "body", "Nhiệm vụ «Báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm» đến hạn "
                                    + "ngày 30/06/2025.", "time", "09:15"),
                    Map.of("kind", "REPORT_DUE", "kindLabel", NoticeKind.REPORT_DUE.label(),
                            "subject", "[TĐKT] Báo cáo sắp đến hạn 15/07/2025",
                            "body", "Báo cáo tháng 6 đến hạn gửi ngày 15/07/2025.", "time", "14:02")), context);
            // the member's notice: it has every value the standing body's has, plus the member's name
            case COUNCIL_MEETING_DUE -> fixture(EventTypes.COUNCIL_MEETING_DUE, NominationNotices::councilMeetingDue,
                    context).notices().stream()
                    .filter(notice -> notice.recipient().audience() == Audience.PERSON).findFirst()
                    .map(Notice::model).orElseThrow(() -> new IllegalStateException("the sample event yields no "
                            + kind + " for a member"));
        };
    }

    private OverdueItem taskOverdue() {
        TaskOverdue event = read(EventTypes.TASK_OVERDUE);
        return OverdueItems.of(event);
    }

    private OverdueItem reportOverdue() {
        ReportOverdue event = read(EventTypes.REPORT_OVERDUE);
        return OverdueItems.of(event);
    }

    /** The notice of {@code kind} that the recipient rule makes of the golden fixture of {@code type}. */
    private static <T> Map<String, Object> first(NoticeKind kind, EventType type,
            BiFunction<T, NoticeContext, EventNotices> rule, NoticeContext context) {
        return fixture(type, rule, context).notices().stream().filter(notice -> notice.kind() == kind).findFirst()
                .map(Notice::model).orElseThrow(() -> new IllegalStateException("the sample event yields no " + kind));
    }

    private static <T> EventNotices fixture(EventType type, BiFunction<T, NoticeContext, EventNotices> rule,
            NoticeContext context) {
        T event = read(type);
        return rule.apply(event, context);
    }

    /** The golden fixture of {@code type}, as its payload class (which {@link EventTypes} pairs with it). */
    @SuppressWarnings("unchecked")
    private static <T> T read(EventType type) {
        try (InputStream in = SampleModels.class.getResourceAsStream(type.fixtureResource())) {
            if (in == null) {
                throw new IllegalStateException("no golden fixture " + type.fixtureResource());
            }
            return (T) EventJson.mapper().readValue(in, type.payloadType());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
