package vn.tdkt.notification.reminder.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import vn.tdkt.contracts.nomination.AppraisalOutcome;
import vn.tdkt.contracts.nomination.DossierAppraised;
import vn.tdkt.contracts.plan.TaskDue;
import vn.tdkt.contracts.plan.TaskOverdue;
import vn.tdkt.notification.inbox.domain.NotificationDraft;
import vn.tdkt.notification.inbox.domain.NotificationKind;

/**
 * Writes the Vietnamese notifications an event calls for, one per recipient unit:
 * <ul>
 *   <li>task-due: the lead unit (chủ trì), and each coordinating unit (phối hợp) as an information entry;</li>
 *   <li>task-overdue: the lead unit; on the escalation step also an entry for the unit's head (người đứng đầu);</li>
 *   <li>dossier-appraised: the unit that submitted the dossier.</li>
 * </ul>
 * Dates are written dd/MM/yyyy in the province's time zone.
 */
public final class NotificationComposer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ZoneId zone;

    public NotificationComposer(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public static String formatDate(LocalDate date) {
        return DATE.format(date);
    }

    public List<NotificationDraft> taskDue(TaskDue event) {
        String remaining = remaining(event.daysLeft());
        String due = formatDate(event.dueDate());
        String plan = planSuffix(event.planCode());
        List<NotificationDraft> drafts = new ArrayList<>();
        drafts.add(new NotificationDraft(event.leadUnit(), NotificationKind.TASK_DUE, false,
                "Nhiệm vụ sắp đến hạn " + due + " (" + remaining + ")",
                "Nhiệm vụ «" + event.content() + "» đến hạn ngày " + due + " (" + remaining + "). "
                        + "Đơn vị chủ trì: " + event.leadUnit() + "." + plan
                        + " Đề nghị đơn vị hoàn thành và báo cáo đúng hạn.",
                event.taskId(), null));
        for (String unit : coordinating(event.leadUnit(), event.coordinatingUnits())) {
            drafts.add(new NotificationDraft(unit, NotificationKind.TASK_DUE, true,
                    "Phối hợp: nhiệm vụ sắp đến hạn " + due + " (" + remaining + ")",
                    "Đơn vị được giao phối hợp thực hiện nhiệm vụ «" + event.content() + "» do "
                            + event.leadUnit() + " chủ trì, đến hạn ngày " + due + " (" + remaining + ")." + plan
                            + " Đề nghị đơn vị phối hợp với đơn vị chủ trì để hoàn thành đúng hạn.",
                    event.taskId(), null));
        }
        return drafts;
    }

    public List<NotificationDraft> taskOverdue(TaskOverdue event) {
        String due = formatDate(event.dueDate());
        String late = "quá hạn " + event.daysLate() + " ngày";
        String plan = planSuffix(event.planCode());
        List<NotificationDraft> drafts = new ArrayList<>();
        drafts.add(new NotificationDraft(event.leadUnit(), NotificationKind.TASK_OVERDUE, false,
                "Nhiệm vụ " + late,
                "Nhiệm vụ «" + event.content() + "» đã " + late + " (hạn ngày " + due + ") mà chưa hoàn thành. "
                        + "Đơn vị chủ trì: " + event.leadUnit() + "." + plan
                        + " Đề nghị đơn vị khẩn trương hoàn thành và báo cáo.",
                event.taskId(), null));
        if (event.escalate()) {
            drafts.add(new NotificationDraft(event.leadUnit(), NotificationKind.ESCALATION, false,
                    "Báo cáo người đứng đầu: nhiệm vụ " + late,
                    "Kính gửi người đứng đầu đơn vị " + event.leadUnit() + ": nhiệm vụ «" + event.content()
                            + "» do đơn vị chủ trì đã " + late + " (hạn ngày " + due + ") mà chưa hoàn thành." + plan
                            + " Đề nghị đồng chí chỉ đạo hoàn thành ngay.",
                    event.taskId(), null));
        }
        return drafts;
    }

    public List<NotificationDraft> dossierAppraised(DossierAppraised event) {
        String date = formatDate(LocalDate.ofInstant(event.appraisedAt(), zone));
        String outcome = event.outcome().label();
        StringBuilder body = new StringBuilder()
                .append("Hồ sơ đề nghị tặng «").append(event.awardName()).append("» cho ")
                .append(event.subjectType().label().toLowerCase(VIETNAMESE)).append(' ')
                .append(event.subjectName()).append(" đã được Sở Nội vụ thẩm định ngày ").append(date)
                .append(". Kết quả: ").append(outcome).append('.');
        List<String> reasons = event.reasons().stream().filter(r -> r != null && !r.isBlank()).toList();
        if (!reasons.isEmpty()) {
            body.append(" Lý do: ").append(String.join("; ", reasons)).append('.');
        }
        if (event.outcome() == AppraisalOutcome.NOT_ELIGIBLE) {
            body.append(" Đơn vị có thể bổ sung, hoàn thiện hồ sơ theo hướng dẫn.");
        }
        return List.of(new NotificationDraft(event.unitCode(), NotificationKind.DOSSIER_APPRAISED, false,
                "Kết quả thẩm định hồ sơ: " + outcome + " – " + event.subjectName(),
                body.toString(), null, event.dossierId()));
    }

    /** "còn 7 ngày", or "đến hạn hôm nay" on the due date itself. */
    static String remaining(int daysLeft) {
        return daysLeft <= 0 ? "đến hạn hôm nay" : "còn " + daysLeft + " ngày";
    }

    private static String planSuffix(String planCode) {
        return planCode == null || planCode.isBlank() ? "" : " Kế hoạch số " + planCode + ".";
    }

    private static Set<String> coordinating(String leadUnit, List<String> units) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String unit : units) {
            if (unit != null && !unit.isBlank() && !unit.equals(leadUnit)) {
                distinct.add(unit);
            }
        }
        return distinct;
    }
}
