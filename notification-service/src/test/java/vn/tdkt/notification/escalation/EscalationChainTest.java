package vn.tdkt.notification.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.LocalDateTime;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.notification.escalation.application.EscalationService;
import vn.tdkt.notification.support.NotificationServiceTest;
import vn.tdkt.notification.support.Units;
import vn.tdkt.platformtest.security.TestTokens;

/**
 * The escalation chain: overdue goes to the unit (day +1, task-overdue), then to its head (day +7, the producer's
 * escalate event or the chain's own schedule), then to the level above (day +14, the chain's schedule): the parent
 * unit, or Sở Nội vụ for a unit directly under the province. Completion closes it.
 */
class EscalationChainTest extends NotificationServiceTest {

    @Autowired EscalationService escalation;

    @Test
    void escalationReachesTheLevelAboveOnDay14() throws Exception {
        String parent = Units.fresh("SO");
        String unit = Units.fresh("PH");
        registerUnit(parent, "Sở Văn hóa " + parent, "DEPARTMENT", "UBND", Units.email(parent), Units.headEmail(parent));
        registerUnit(unit, "Phòng Nghiệp vụ " + unit, "SUB_UNIT", parent, Units.email(unit), Units.headEmail(unit));
        String task = "task-" + unit;

        // day +1: the unit
        clock.set(LocalDateTime.of(2025, 7, 1, 8, 0));
        deliver(EventTypes.TASK_OVERDUE, task, overdue(task, unit, 1, false));
        dispatcher.dispatchDue();
        mvc.perform(get("/api/v1/inbox").with(TestTokens.unitOfficer(unit)))
                .andExpect(jsonPath("$.items[0].kind").value("TASK_OVERDUE"))
                .andExpect(jsonPath("$.items[0].title").value(
                        "[TĐKT] Nhiệm vụ quá hạn 1 ngày: Báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm"));

        // day +7: plan-service escalates to the head
        clock.set(LocalDateTime.of(2025, 7, 7, 8, 0));
        deliver(EventTypes.TASK_OVERDUE, task, overdue(task, unit, 7, true));
        dispatchAndAwaitMails(2);
        assertThat(mailsTo(Units.headEmail(unit))).singleElement().satisfies(mail -> {
            assertThat(subject(mail)).isEqualTo("[TĐKT] Báo cáo người đứng đầu: nhiệm vụ quá hạn 7 ngày");
            assertThat(text(mail)).startsWith("Kính gửi: đồng chí Nguyễn Văn An, Giám đốc Phòng Nghiệp vụ " + unit);
        });

        // day +13 23:59: not yet
        clock.set(LocalDateTime.of(2025, 7, 13, 23, 59));
        escalation.fireDue();
        mvc.perform(get("/api/v1/inbox").with(TestTokens.unitOfficer(parent))).andExpect(jsonPath("$.total").value(0));

        // day +14: the level above (the parent unit), once
        clock.set(LocalDateTime.of(2025, 7, 14, 0, 0));
        assertThat(escalation.fireDue()).isEqualTo(1);
        assertThat(escalation.fireDue()).isZero();
        dispatcher.dispatchDue();
        mvc.perform(get("/api/v1/inbox").with(TestTokens.unitOfficer(parent)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].kind").value("ESCALATION_PARENT"))
                .andExpect(jsonPath("$.items[0].title").value(
                        "[TĐKT] Báo cáo cấp trên: Phòng Nghiệp vụ " + unit + " có nhiệm vụ quá hạn 14 ngày"));
        // urgent: at midnight, quiet hours do not hold it
        assertThat(SMTP.waitForIncomingEmail(5_000, 3)).isTrue();
        assertThat(mailsTo(Units.email(parent))).hasSize(1);
        assertThat(escalation.find("task:" + task)).hasValueSatisfying(c ->
                assertThat(c.parentUnit()).isEqualTo(parent));
    }

    @Test
    void aUnitDirectlyUnderTheProvinceEscalatesToTheProvinceBody() throws Exception {
        String province = Units.fresh("TINH");
        String unit = Units.fresh("SOV");
        registerUnit(province, "UBND tỉnh " + province, "PROVINCE", null, Units.email(province), null);
        registerUnit(unit, "Sở " + unit, "DEPARTMENT", province, Units.email(unit), Units.headEmail(unit));
        String task = "task-" + unit;

        clock.set(LocalDateTime.of(2025, 7, 1, 8, 0));
        deliver(EventTypes.TASK_OVERDUE, task, overdue(task, unit, 1, false));
        clock.set(LocalDateTime.of(2025, 7, 14, 8, 0));
        escalation.fireDue();

        // then: the head (no escalate event came: the chain's own schedule) and Sở Nội vụ
        mvc.perform(get("/api/v1/inbox").with(TestTokens.unitOfficer(unit)))
                .andExpect(jsonPath("$.items[*].kind", Matchers.containsInAnyOrder("TASK_OVERDUE",
                        "ESCALATION_HEAD")));
        mvc.perform(get("/api/v1/inbox").param("unit", "SNV").param("size", "100").with(TestTokens.snvOfficer()))
                .andExpect(jsonPath("$.items[?(@.referenceId == '" + task + "')].kind").value(
                        Matchers.contains("ESCALATION_PARENT")));
        mvc.perform(get("/api/v1/inbox").with(TestTokens.unitOfficer(province))).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void completionStopsTheChainAndALateOverdueEventForTheSameDueDateIsIgnored() throws Exception {
        String unit = registeredUnit("CP");
        String task = "task-" + unit;
        clock.set(LocalDateTime.of(2025, 7, 1, 8, 0));
        deliver(EventTypes.TASK_OVERDUE, task, overdue(task, unit, 1, false));

        // when: completed on day +3
        clock.set(LocalDateTime.of(2025, 7, 3, 8, 0));
        deliver(EventTypes.TASK_COMPLETED, task, fixture(EventTypes.TASK_COMPLETED,
                "\"taskId\": \"0195f3a2-7c1e-7a00-8000-000000000011\"", "\"taskId\": \"" + task + "\"",
                "\"leadUnit\": \"SNV\"", "\"leadUnit\": \"" + unit + "\""));
        // a late escalate event (for the same due date) and the day +14 scan
        clock.set(LocalDateTime.of(2025, 7, 7, 8, 0));
        deliver(EventTypes.TASK_OVERDUE, task, overdue(task, unit, 7, true));
        clock.set(LocalDateTime.of(2025, 7, 14, 8, 0));
        escalation.fireDue();

        // then: only the day +1 notice
        mvc.perform(get("/api/v1/inbox").with(TestTokens.unitOfficer(unit)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].kind").value("TASK_OVERDUE"));
        assertThat(escalation.find("task:" + task)).hasValueSatisfying(c -> {
            assertThat(c.closedReason()).isEqualTo("COMPLETED");
            assertThat(c.headNotifiedAt()).isNull();
        });
    }

    @Test
    void aReportOverdueClimbsTheSameChainOnItsScheduleAndTheScanAndTheEventFireTheHeadStepOnce() throws Exception {
        String unit = registeredUnit("RP");
        String duty = "duty-" + unit;
        String reportOverdue = fixture(EventTypes.REPORT_OVERDUE, "\"dutyId\": \"0195f3a2-7c1e-7a00-8000-000000000a01\"",
                "\"dutyId\": \"" + duty + "\"", "\"unitCode\": \"SYT\"", "\"unitCode\": \"" + unit + "\"");
        clock.set(LocalDateTime.of(2026, 6, 16, 8, 0));
        deliver(EventTypes.REPORT_OVERDUE, duty, reportOverdue);

        // day +7: the scan fires the head step; then the producer's escalate event arrives too
        clock.set(LocalDateTime.of(2026, 6, 22, 0, 5));
        assertThat(escalation.fireDue()).isEqualTo(1);
        deliver(EventTypes.REPORT_OVERDUE, duty, reportOverdue.replace("\"escalate\": false", "\"escalate\": true")
                .replace("\"daysLate\": 1", "\"daysLate\": 7"));
        dispatcher.dispatchDue();

        // then: the head was told once
        assertThat(SMTP.waitForIncomingEmail(5_000, 2)).isTrue();
        Thread.sleep(200);
        assertThat(mailsTo(Units.headEmail(unit))).singleElement()
                .satisfies(mail -> assertThat(subject(mail)).isEqualTo(
                        "[TĐKT] Báo cáo người đứng đầu: báo cáo quá hạn 7 ngày"));

        // when: submitted before day +14
        deliver(EventTypes.REPORT_SUBMITTED, duty, fixture(EventTypes.REPORT_SUBMITTED,
                "\"dutyId\": \"0195f3a2-7c1e-7a00-8000-000000000a01\"", "\"dutyId\": \"" + duty + "\""));
        clock.set(LocalDateTime.of(2026, 6, 29, 8, 0));
        assertThat(escalation.fireDue()).isZero();
    }

    @Test
    void aReturnedReportStillOwedByTheSameDateClimbsTheChainAgain() throws Exception {
        String unit = registeredUnit("RT");
        String duty = "duty-" + unit;
        String[] ids = {"\"dutyId\": \"0195f3a2-7c1e-7a00-8000-000000000a01\"", "\"dutyId\": \"" + duty + "\"",
                "\"unitCode\": \"SYT\"", "\"unitCode\": \"" + unit + "\""};
        // given: submitted on 12/06 for 15/06, then returned on 13/06 without a new date
        clock.set(LocalDateTime.of(2026, 6, 12, 9, 0));
        deliver(EventTypes.REPORT_SUBMITTED, duty, fixture(EventTypes.REPORT_SUBMITTED, ids));
        clock.set(LocalDateTime.of(2026, 6, 13, 10, 0));
        deliver(EventTypes.REPORT_RETURNED, duty, fixture(EventTypes.REPORT_RETURNED, ids)
                .replace("\"resubmitBy\": \"2026-06-22\"", "\"resubmitBy\": null"));

        // when: nothing comes back, and the report is overdue for the same 15/06
        clock.set(LocalDateTime.of(2026, 6, 16, 8, 0));
        deliver(EventTypes.REPORT_OVERDUE, duty, fixture(EventTypes.REPORT_OVERDUE, ids));

        // then: the chain runs again; the head is told on day +7
        assertThat(escalation.find("report:" + duty)).hasValueSatisfying(c ->
                assertThat(c.status().name()).isEqualTo("OPEN"));
        clock.set(LocalDateTime.of(2026, 6, 22, 0, 5));
        assertThat(escalation.fireDue()).isEqualTo(1);

        // and a resubmission closes it again, for good
        deliver(EventTypes.REPORT_SUBMITTED, duty, fixture(EventTypes.REPORT_SUBMITTED, ids)
                .replace("\"resubmission\": false", "\"resubmission\": true"));
        deliver(EventTypes.REPORT_OVERDUE, duty, fixture(EventTypes.REPORT_OVERDUE, ids));
        clock.set(LocalDateTime.of(2026, 6, 29, 8, 0));
        assertThat(escalation.fireDue()).isZero();
        assertThat(escalation.find("report:" + duty)).hasValueSatisfying(c ->
                assertThat(c.closedReason()).isEqualTo("SUBMITTED"));
    }

    private static String overdue(String task, String unit, int daysLate, boolean escalate) {
        return fixture(EventTypes.TASK_OVERDUE, "\"taskId\": \"0195f3a2-7c1e-7a00-8000-000000000011\"",
                "\"taskId\": \"" + task + "\"", "\"leadUnit\": \"SNV\"", "\"leadUnit\": \"" + unit + "\"",
                "\"daysLate\": 7", "\"daysLate\": " + daysLate, "\"escalate\": true", "\"escalate\": " + escalate);
    }
}
