package vn.tdkt.notification.template.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.tdkt.contracts.EventType;
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
import vn.tdkt.contracts.plan.MovementLaunched;
import vn.tdkt.contracts.plan.QuarterOpened;
import vn.tdkt.contracts.plan.RegistrationApproved;
import vn.tdkt.contracts.plan.RegistrationReturned;
import vn.tdkt.contracts.plan.TaskAssigned;
import vn.tdkt.contracts.plan.TaskCancelled;
import vn.tdkt.contracts.plan.TaskDue;
import vn.tdkt.contracts.plan.TaskOverdue;
import vn.tdkt.contracts.reporting.ReportDue;
import vn.tdkt.contracts.reporting.ReportOverdue;
import vn.tdkt.contracts.reporting.ReportReturned;
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
            case QUARTER_DIGEST -> first(kind, fixture(EventTypes.QUARTER_OPENED, QuarterOpened.class,
                    e -> PlanNotices.quarterOpened(e, context)));
            case TASK_ASSIGNED -> first(kind, fixture(EventTypes.TASK_ASSIGNED, TaskAssigned.class,
                    e -> PlanNotices.taskAssigned(e, context)));
            case TASK_DUE -> first(kind, fixture(EventTypes.TASK_DUE, TaskDue.class,
                    e -> PlanNotices.taskDue(e, context)));
            case TASK_CANCELLED -> first(kind, fixture(EventTypes.TASK_CANCELLED, TaskCancelled.class,
                    e -> PlanNotices.taskCancelled(e, context)));
            case TASK_OVERDUE -> EscalationNotices.unit(taskOverdue(), taskOverdue().dueDate().plusDays(1), context)
                    .model();
            case ESCALATION_HEAD -> EscalationNotices.head(taskOverdue(), taskOverdue().dueDate().plusDays(7), context)
                    .model();
            case ESCALATION_PARENT -> EscalationNotices.levelAbove(taskOverdue(),
                    taskOverdue().dueDate().plusDays(14), context).model();
            case REPORT_OVERDUE -> EscalationNotices.unit(reportOverdue(), reportOverdue().dueDate().plusDays(1),
                    context).model();
            case MOVEMENT_LAUNCHED -> first(kind, fixture(EventTypes.MOVEMENT_LAUNCHED, MovementLaunched.class,
                    e -> PlanNotices.movementLaunched(e, context)));
            case REGISTRATION_APPROVED -> first(kind, fixture(EventTypes.REGISTRATION_APPROVED,
                    RegistrationApproved.class, e -> PlanNotices.registrationApproved(e, context)));
            case REGISTRATION_RETURNED -> first(kind, fixture(EventTypes.REGISTRATION_RETURNED,
                    RegistrationReturned.class, e -> PlanNotices.registrationReturned(e, context)));
            case DOSSIER_RETURNED -> first(kind, fixture(EventTypes.DOSSIER_RETURNED, DossierReturned.class,
                    e -> NominationNotices.dossierReturned(e, context)));
            case DOSSIER_APPRAISED -> first(kind, fixture(EventTypes.DOSSIER_APPRAISED, DossierAppraised.class,
                    e -> NominationNotices.dossierAppraised(e, context)));
            case DOSSIER_RECALLED -> first(kind, fixture(EventTypes.DOSSIER_RECALLED, DossierRecalled.class,
                    e -> NominationNotices.dossierRecalled(e, context)));
            case DOSSIER_SLA_DUE -> first(kind, fixture(EventTypes.DOSSIER_SLA_DUE, DossierSlaDue.class,
                    e -> NominationNotices.dossierSlaDue(e, context)));
            case DOSSIER_SLA_BREACHED -> first(kind, fixture(EventTypes.DOSSIER_SLA_BREACHED, DossierSlaBreached.class,
                    e -> NominationNotices.dossierSlaBreached(e, context)));
            case COUNCIL_INVITATION -> first(kind, fixture(EventTypes.COUNCIL_SESSION_SCHEDULED,
                    CouncilSessionScheduled.class, e -> NominationNotices.councilSessionScheduled(e, context)));
            case AWARD_DECIDED -> first(kind, fixture(EventTypes.AWARD_DECIDED, AwardDecided.class,
                    e -> NominationNotices.awardDecided(e, context)));
            case AWARD_REVOKED -> first(kind, fixture(EventTypes.AWARD_REVOKED, AwardRevoked.class,
                    e -> NominationNotices.awardRevoked(e, context)));
            case REPORT_DUE -> first(kind, fixture(EventTypes.REPORT_DUE, ReportDue.class,
                    e -> ReportingNotices.reportDue(e, context)));
            case REPORT_RETURNED -> first(kind, fixture(EventTypes.REPORT_RETURNED, ReportReturned.class,
                    e -> ReportingNotices.reportReturned(e, context)));
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
            case COUNCIL_MEETING_DUE -> fixture(EventTypes.COUNCIL_MEETING_DUE, CouncilMeetingDue.class,
                    e -> NominationNotices.councilMeetingDue(e, context)).notices().stream()
                    .filter(notice -> notice.recipient().audience() == Audience.PERSON).findFirst()
                    .map(Notice::model).orElseThrow(() -> new IllegalStateException("the sample event yields no "
                            + kind + " for a member"));
        };
    }

    private OverdueItem taskOverdue() {
        return OverdueItems.of(read(EventTypes.TASK_OVERDUE, TaskOverdue.class));
    }

    private OverdueItem reportOverdue() {
        return OverdueItems.of(read(EventTypes.REPORT_OVERDUE, ReportOverdue.class));
    }

    private static <T> EventNotices fixture(EventType type, Class<T> payloadType, Function<T, EventNotices> rule) {
        return rule.apply(read(type, payloadType));
    }

    private static Map<String, Object> first(NoticeKind kind, EventNotices notices) {
        return notices.notices().stream().filter(notice -> notice.kind() == kind).findFirst().map(Notice::model)
                .orElseThrow(() -> new IllegalStateException("the sample event yields no " + kind));
    }

    private static <T> T read(EventType type, Class<T> payloadType) {
        try (InputStream in = SampleModels.class.getResourceAsStream(type.fixtureResource())) {
            if (in == null) {
                throw new IllegalStateException("no golden fixture " + type.fixtureResource());
            }
            return EventJson.mapper().readValue(in, payloadType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
