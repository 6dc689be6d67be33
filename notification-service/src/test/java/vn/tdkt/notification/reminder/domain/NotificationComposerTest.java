package vn.tdkt.notification.reminder.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.contracts.nomination.AppraisalOutcome;
import vn.tdkt.contracts.nomination.DossierAppraised;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.contracts.plan.TaskDue;
import vn.tdkt.contracts.plan.TaskOverdue;
import vn.tdkt.notification.inbox.domain.NotificationDraft;
import vn.tdkt.notification.inbox.domain.NotificationKind;

class NotificationComposerTest {

    private static final String CONTENT = "Báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm";

    private final NotificationComposer composer = new NotificationComposer(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void taskDueGoesToTheLeadUnitAndToEachCoordinatingUnitAsInformation() {
        // given
        TaskDue event = new TaskDue("task-1", "plan-1", "01/KH-UBND", CONTENT, "SNV", List.of("SGDDT", "SYT"),
                LocalDate.of(2025, 6, 30), LocalDate.of(2025, 6, 23), 7, 7);

        // when
        List<NotificationDraft> drafts = composer.taskDue(event);

        // then
        assertThat(drafts).extracting(NotificationDraft::unitCode).containsExactly("SNV", "SGDDT", "SYT");
        assertThat(drafts).allMatch(d -> d.kind() == NotificationKind.TASK_DUE && "task-1".equals(d.taskId()));
        NotificationDraft lead = drafts.get(0);
        assertThat(lead.coordinating()).isFalse();
        assertThat(lead.title()).isEqualTo("Nhiệm vụ sắp đến hạn 30/06/2025 (còn 7 ngày)");
        assertThat(lead.body()).startsWith("Nhiệm vụ «" + CONTENT + "» đến hạn ngày 30/06/2025 (còn 7 ngày).")
                .contains("Kế hoạch số 01/KH-UBND.");
        NotificationDraft coordinating = drafts.get(1);
        assertThat(coordinating.coordinating()).isTrue();
        assertThat(coordinating.title()).startsWith("Phối hợp:");
        assertThat(coordinating.body()).contains("phối hợp thực hiện nhiệm vụ «" + CONTENT + "» do SNV chủ trì");
    }

    @Test
    void taskDueOnTheDueDateSaysToday() {
        // given
        TaskDue event = new TaskDue("t", "p", null, "Nộp báo cáo", "SYT", List.of("SYT", "SYT"),
                LocalDate.of(2025, 1, 5), LocalDate.of(2025, 1, 5), 0, 0);

        // when
        List<NotificationDraft> drafts = composer.taskDue(event);

        // then: the lead unit listed as its own coordinator gets no second entry; no plan code, no plan sentence
        assertThat(drafts).hasSize(1);
        assertThat(drafts.get(0).body()).isEqualTo("Nhiệm vụ «Nộp báo cáo» đến hạn ngày 05/01/2025 (đến hạn hôm nay). "
                + "Đơn vị chủ trì: SYT. Đề nghị đơn vị hoàn thành và báo cáo đúng hạn.");
    }

    @Test
    void overdueTaskWithEscalationAlsoNotifiesTheHeadOfTheLeadUnit() {
        // given
        TaskOverdue event = new TaskOverdue("task-1", "plan-1", "01/KH-UBND", CONTENT, "SNV", List.of("SGDDT"),
                LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 7), 7, 7, true);

        // when
        List<NotificationDraft> drafts = composer.taskOverdue(event);

        // then
        assertThat(drafts).extracting(NotificationDraft::unitCode).containsOnly("SNV");
        assertThat(drafts).extracting(NotificationDraft::kind)
                .containsExactly(NotificationKind.TASK_OVERDUE, NotificationKind.ESCALATION);
        assertThat(drafts.get(0).title()).isEqualTo("Nhiệm vụ quá hạn 7 ngày");
        assertThat(drafts.get(0).body()).startsWith("Nhiệm vụ «" + CONTENT + "» đã quá hạn 7 ngày (hạn ngày 30/06/2025)");
        assertThat(drafts.get(1).title()).isEqualTo("Báo cáo người đứng đầu: nhiệm vụ quá hạn 7 ngày");
        assertThat(drafts.get(1).body()).startsWith("Kính gửi người đứng đầu đơn vị SNV:");
    }

    @Test
    void overdueTaskWithoutEscalationNotifiesOnlyTheLeadUnitOfficer() {
        // given
        TaskOverdue event = new TaskOverdue("t", "p", null, "Nộp báo cáo", "SYT", List.of("SGDDT"),
                LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 2), 1, 1, false);

        // when
        List<NotificationDraft> drafts = composer.taskOverdue(event);

        // then
        assertThat(drafts).singleElement().satisfies(d -> {
            assertThat(d.unitCode()).isEqualTo("SYT");
            assertThat(d.kind()).isEqualTo(NotificationKind.TASK_OVERDUE);
            assertThat(d.body()).contains("quá hạn 1 ngày (hạn ngày 01/12/2025)");
        });
    }

    @Test
    void appraisalGoesToTheSubmittingUnitWithTheLocalDateAndOutcome() {
        // given: 08:00 UTC is 15:00 in Hanoi on the same day; 20:00 UTC is already the next day
        DossierAppraised eligible = appraisal(AppraisalOutcome.ELIGIBLE, List.of(), "2025-12-12T08:00:00Z");
        DossierAppraised rejected = appraisal(AppraisalOutcome.NOT_ELIGIBLE,
                List.of("Thiếu bản thành tích", "Chưa đủ 3 năm"), "2025-12-12T20:00:00Z");

        // when
        NotificationDraft ok = composer.dossierAppraised(eligible).get(0);
        NotificationDraft no = composer.dossierAppraised(rejected).get(0);

        // then
        assertThat(ok.unitCode()).isEqualTo("SGDDT");
        assertThat(ok.kind()).isEqualTo(NotificationKind.DOSSIER_APPRAISED);
        assertThat(ok.dossierId()).isEqualTo("dossier-1");
        assertThat(ok.title()).isEqualTo("Kết quả thẩm định hồ sơ: Đủ điều kiện – Nguyễn Thị Hoa");
        assertThat(ok.body()).isEqualTo("Hồ sơ đề nghị tặng «Chiến sĩ thi đua cơ sở» cho cá nhân Nguyễn Thị Hoa "
                + "đã được Sở Nội vụ thẩm định ngày 12/12/2025. Kết quả: Đủ điều kiện.");
        assertThat(no.body()).contains("thẩm định ngày 13/12/2025. Kết quả: Không đủ điều kiện.")
                .contains("Lý do: Thiếu bản thành tích; Chưa đủ 3 năm.");
    }

    @Test
    void kindsCarryVietnameseLabels() {
        assertThat(NotificationKind.TASK_DUE.label()).isEqualTo("Sắp đến hạn");
        assertThat(NotificationKind.TASK_OVERDUE.label()).isEqualTo("Quá hạn");
        assertThat(NotificationKind.ESCALATION.label()).isEqualTo("Báo cáo người đứng đầu");
        assertThat(NotificationKind.DOSSIER_APPRAISED.label()).isEqualTo("Kết quả thẩm định");
        assertThat(NotificationComposer.formatDate(LocalDate.of(2025, 3, 9))).isEqualTo("09/03/2025");
    }

    private static DossierAppraised appraisal(AppraisalOutcome outcome, List<String> reasons, String at) {
        return new DossierAppraised("dossier-1", "SGDDT", SubjectType.INDIVIDUAL, "Nguyễn Thị Hoa", "CSTDCS",
                "Chiến sĩ thi đua cơ sở", outcome, reasons, "snv", Instant.parse(at), null, null);
    }
}
