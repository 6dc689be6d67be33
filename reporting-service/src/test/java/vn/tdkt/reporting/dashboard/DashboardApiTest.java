package vn.tdkt.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import vn.tdkt.contracts.nomination.CouncilSessionScheduled;
import vn.tdkt.contracts.nomination.CouncilVoted;
import vn.tdkt.contracts.nomination.DossierAssigned;
import vn.tdkt.contracts.nomination.DossierRef;
import vn.tdkt.contracts.nomination.DossierSlaBreached;
import vn.tdkt.contracts.nomination.SlaDeadline;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.platformtest.security.TestTokens;
import vn.tdkt.reporting.dashboard.application.SummaryCache;
import vn.tdkt.reporting.support.Events;
import vn.tdkt.reporting.support.ReportingTest;

/** The dashboard summary from the read models, with names for codes, scoped per caller, built once per change. */
class DashboardApiTest extends ReportingTest {

    @Autowired
    SummaryCache cache;

    @BeforeEach
    void aProvinceInJune() throws Exception {
        clock.set(LocalDate.of(2026, 6, 10));
        plan(Events.message(Events.unit("SYT", "Sở Y tế", "DEPARTMENT"), 1));
        plan(Events.message(Events.unit("SGDDT", "Sở Giáo dục và Đào tạo", "DEPARTMENT"), 1));
        plan(Events.message(Events.planPublished(Events.PLAN_ID, "02/KH-UBND",
                Events.task("t-gd-1", "SGDDT", "2026-06-30", "Tổng kết năm học", "SYT"),
                Events.task("t-gd-2", "SGDDT", "2026-07-10", "Hội nghị điển hình tiên tiến"),
                Events.task("t-yt-1", "SYT", "2026-06-20", "Báo cáo phong trào ngành y tế"),
                Events.task("t-yt-2", "SYT", "2026-06-28", "Khen thưởng đột xuất")), 1));
        plan(Events.message(Events.due("t-gd-1", "SGDDT", "2026-06-30", 7, "SYT"), 1));
        plan(Events.message(Events.due("t-yt-2", "SYT", "2026-06-28", 3), 1));
        // a six-month report: Sở Giáo dục submits on 10/06, Sở Y tế never does
        mvc.perform(post("/api/v1/report-obligations").contentType(MediaType.APPLICATION_JSON).content("""
                        {"title":"Báo cáo sơ kết 6 tháng","kind":"SIX_MONTH","period":"2026-H1","dueDate":"2026-06-15",
                         "units":["SGDDT","SYT"],"templateCode":"CHU_DE_KHONG_CO"}""").with(TestTokens.snvOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("report.template-unknown"));
        mvc.perform(post("/api/v1/report-obligations").contentType(MediaType.APPLICATION_JSON).content("""
                        {"title":"Báo cáo sơ kết 6 tháng","kind":"SIX_MONTH","period":"2026-H1","dueDate":"2026-06-15",
                         "units":["SGDDT","SYT"],"templateCode":"BAO_CAO_NHIEM_VU"}""").with(TestTokens.snvOfficer()))
                .andExpect(status().isCreated());
        String duties = mvc.perform(get("/api/v1/report-duties").with(TestTokens.unitOfficer("SGDDT")))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(multipart("/api/v1/report-submissions")
                        .file(new MockMultipartFile("file", "bc.pdf", "application/pdf", "%PDF-1.4\n%%EOF".getBytes()))
                        .param("dutyId", (String) JsonPath.read(duties, "$[0].id"))
                        .with(TestTokens.unitOfficer("SGDDT")))
                .andExpect(status().isCreated());
        // dossiers: one waiting, one eligible and on an upcoming agenda, one past its appraisal deadline, one voted
        nominationEvents.accept(Events.message(Events.dossierSubmitted("d-1", "SGDDT", "BK_TINH",
                "2026-06-01T02:00:00Z"), 1));
        nominationEvents.accept(Events.message(Events.dossierSubmitted("d-2", "SYT", "CO_TINH",
                "2026-05-20T02:00:00Z"), 1));
        nominationEvents.accept(Events.message(Events.dossierAppraised("d-2", "SYT", "CO_TINH", true,
                "2026-06-05T02:00:00Z"), 2));
        nominationEvents.accept(Events.message(Events.dossierSubmitted("d-3", "SGDDT", "TTLDXS",
                "2026-05-02T02:00:00Z"), 1));
        DossierRef late = new DossierRef("d-3", "SGDDT", SubjectType.COLLECTIVE, "Trường THPT Chu Văn An", "TTLDXS",
                "Tập thể lao động xuất sắc");
        nominationEvents.accept(Events.message(new DossierAssigned(late, 2026, null, "cv-1", "snv-user",
                Instant.parse("2026-05-04T02:00:00Z"), LocalDate.of(2026, 6, 1)), 2));
        nominationEvents.accept(Events.message(new DossierSlaBreached(late, 2026, null,
                new SlaDeadline("APPRAISAL", "cv-1", LocalDate.of(2026, 6, 1)), 7), 3));
        nominationEvents.accept(Events.message(Events.dossierSubmitted("d-4", "SYT", "BK_TINH",
                "2026-04-01T02:00:00Z"), 1));
        nominationEvents.accept(Events.message(new CouncilSessionScheduled("s-up", "HDTDKT", "Hội đồng TĐKT tỉnh",
                Instant.parse("2026-07-02T01:30:00Z"), "Phòng họp số 1", List.of(),
                List.of(new CouncilSessionScheduled.AgendaItem("d-2", "Tập thể SYT", "CO_TINH"))), 1));
        nominationEvents.accept(Events.message(new CouncilVoted("s-past", "HDTDKT",
                Instant.parse("2026-06-05T03:00:00Z"), List.of(new CouncilVoted.Tally("d-4", "BK_TINH", 18, 1, 1, 20,
                80, true))), 2));
        // awards of 2026 (two province-level, one unit-level)
        nominationEvents.accept(Events.message(Events.award("a-1", null, "SGDDT", SubjectType.COLLECTIVE, "BK_TINH",
                "Bằng khen của Chủ tịch UBND tỉnh", "2026-05-15", 7_590_000), 1));
        nominationEvents.accept(Events.message(Events.award("a-2", null, "SYT", SubjectType.COLLECTIVE, "CO_TINH",
                "Cờ thi đua của UBND tỉnh", "2026-05-15", 10_120_000), 1));
        nominationEvents.accept(Events.message(Events.award("a-3", null, "SGDDT", SubjectType.INDIVIDUAL, "CSTDCS",
                "Chiến sĩ thi đua cơ sở", "2026-05-20", 2_530_000), 1));
        clock.set(LocalDate.of(2026, 6, 25));
    }

    @Test
    void theProvinceSummaryNamesUnitsAndCountsLeadAndCoordinatingUnits() throws Exception {
        mvc.perform(get("/api/v1/dashboard/summary").with(TestTokens.leader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2026))
                .andExpect(jsonPath("$.unit").doesNotExist())
                .andExpect(jsonPath("$.tasks.dueSoon").value(2))
                .andExpect(jsonPath("$.tasks.overdue").value(1))
                .andExpect(jsonPath("$.tasks.planned").value(1))
                .andExpect(jsonPath("$.tasks.total").value(4))
                .andExpect(jsonPath("$.tasks.byUnit[0].unit").value("SYT"))
                .andExpect(jsonPath("$.tasks.byUnit[0].unitName").value("Sở Y tế"))
                .andExpect(jsonPath("$.tasks.byUnit[0].lead.overdue").value(1))
                .andExpect(jsonPath("$.tasks.byUnit[0].lead.dueSoon").value(1))
                .andExpect(jsonPath("$.tasks.byUnit[0].coordinating.dueSoon").value(1))
                .andExpect(jsonPath("$.tasks.byUnit[0].coordinating.total").value(1))
                .andExpect(jsonPath("$.tasks.byUnit[1].unitName").value("Sở Giáo dục và Đào tạo"))
                .andExpect(jsonPath("$.tasks.overdueList[0].taskId").value("t-yt-1"))
                .andExpect(jsonPath("$.tasks.overdueList[0].daysLate").value(5))
                .andExpect(jsonPath("$.tasks.overdueList[0].leadUnitName").value("Sở Y tế"))
                .andExpect(jsonPath("$.reports.onTime").value(1))
                .andExpect(jsonPath("$.reports.missing").value(1))
                .andExpect(jsonPath("$.reports.byUnit[0].unit").value("SYT"));
    }

    @Test
    void theHeatMapCrossesUnitsWithTheMonthsOfTheirDeadlines() throws Exception {
        String body = mvc.perform(get("/api/v1/dashboard/summary").with(TestTokens.snvOfficer()))
                .andExpect(jsonPath("$.heatmap.months", hasSize(12)))
                .andExpect(jsonPath("$.heatmap.rows[0].unit").value("SYT"))
                .andReturn().getResponse().getContentAsString();
        // Sở Y tế, June: t-yt-1 past due and the six-month report missing (missed 2), t-yt-2 not yet due
        assertThat((Integer) JsonPath.read(body, "$.heatmap.rows[0].cells[5].missed")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(body, "$.heatmap.rows[0].cells[5].open")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(body, "$.heatmap.rows[0].cells[5].level")).isEqualTo(4);
        // Sở Giáo dục: June holds the report sent on time and t-gd-1 still open; July t-gd-2
        assertThat((Integer) JsonPath.read(body, "$.heatmap.rows[1].cells[5].onTime")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(body, "$.heatmap.rows[1].cells[5].level")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(body, "$.heatmap.rows[1].cells[6].total")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(body, "$.heatmap.rows[1].cells[0].level")).isEqualTo(0);
    }

    @Test
    void dossiersCouncilAwardsAndMoneyAgainstTheFund() throws Exception {
        mvc.perform(get("/api/v1/dashboard/summary").with(TestTokens.councilMember()))
                .andExpect(jsonPath("$.dossiers.total").value(4))
                .andExpect(jsonPath("$.dossiers.funnel[0].count").value(4))
                .andExpect(jsonPath("$.dossiers.funnel[1].step").value("APPRAISED"))
                .andExpect(jsonPath("$.dossiers.funnel[1].count").value(2))
                .andExpect(jsonPath("$.dossiers.funnel[3].count").value(1))
                .andExpect(jsonPath("$.dossiers.byStage.IN_APPRAISAL").value(1))
                .andExpect(jsonPath("$.dossiers.byStage.VOTED").value(1))
                .andExpect(jsonPath("$.dossiers.slaBreached").value(1))
                .andExpect(jsonPath("$.dossiers.breaches[0].unitName").value("Sở Giáo dục và Đào tạo"))
                .andExpect(jsonPath("$.dossiers.breaches[0].workingDaysLate").value(7))
                .andExpect(jsonPath("$.council.upcoming[0].sessionId").value("s-up"))
                .andExpect(jsonPath("$.council.upcoming[0].agenda").value(1))
                .andExpect(jsonPath("$.council.recent[0].passed").value(1))
                .andExpect(jsonPath("$.awards.total").value(3))
                .andExpect(jsonPath("$.awards.byLevel.PROVINCE").value(2))
                .andExpect(jsonPath("$.awards.byLevel.UNIT").value(1))
                .andExpect(jsonPath("$.awards.byForm[?(@.awardCode=='CO_TINH')].levelLabel").value("Cấp tỉnh"))
                .andExpect(jsonPath("$.awards.amount").value(20_240_000))
                .andExpect(jsonPath("$.fund.fundAmount").value(2_500_000_000L))
                .andExpect(jsonPath("$.fund.reservedPercent").value(20))
                .andExpect(jsonPath("$.fund.available").value(2_000_000_000L))
                .andExpect(jsonPath("$.fund.decided").value(20_240_000))
                .andExpect(jsonPath("$.fund.remaining").value(1_979_760_000L));
    }

    @Test
    void aUnitOfficerSeesTheirUnitAsLeadOrCoordinatingAndNothingElse() throws Exception {
        mvc.perform(get("/api/v1/dashboard/summary").with(TestTokens.unitOfficer("SYT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit").value("SYT"))
                .andExpect(jsonPath("$.unitName").value("Sở Y tế"))
                .andExpect(jsonPath("$.tasks.total").value(3))
                .andExpect(jsonPath("$.tasks.byUnit", hasSize(1)))
                .andExpect(jsonPath("$.dossiers.total").value(2))
                .andExpect(jsonPath("$.council.upcoming[0].agenda").value(1))
                .andExpect(jsonPath("$.awards.total").value(1))
                .andExpect(jsonPath("$.fund").doesNotExist());
        mvc.perform(get("/api/v1/tasks").with(TestTokens.unitOfficer("SYT")))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[?(@.taskId=='t-gd-1')].role").value("COORDINATING"))
                .andExpect(jsonPath("$.items[?(@.taskId=='t-gd-1')].leadUnitName").value("Sở Giáo dục và Đào tạo"));
        mvc.perform(get("/api/v1/tasks/t-gd-2").with(TestTokens.unitOfficer("SYT")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/dashboard/summary").param("unit", "SGDDT").with(TestTokens.unitOfficer("SYT")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("reporting.unit.not-found"));
        mvc.perform(get("/api/v1/dashboard/summary").param("unit", "SGDDT").with(TestTokens.leader()))
                .andExpect(jsonPath("$.unitName").value("Sở Giáo dục và Đào tạo"))
                .andExpect(jsonPath("$.tasks.total").value(2));
    }

    @Test
    void tasksArePagedAndFilteredByStateAsOfToday() throws Exception {
        mvc.perform(get("/api/v1/tasks").param("state", "OVERDUE").with(TestTokens.snvOfficer()))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].taskId").value("t-yt-1"))
                .andExpect(jsonPath("$.items[0].stateLabel").value("Quá hạn"));
        mvc.perform(get("/api/v1/tasks").param("state", "DUE_SOON").param("size", "1").param("page", "1")
                        .with(TestTokens.leader()))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].taskId").value("t-gd-1"));
        mvc.perform(get("/api/v1/tasks").param("size", "500").with(TestTokens.leader()))
                .andExpect(jsonPath("$.size").value(100));
        mvc.perform(get("/api/v1/tasks").param("state", "LATE").with(TestTokens.leader()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("reporting.task.invalid-state"));
    }

    @Test
    void theSummaryIsBuiltOncePerChangeWhateverTheNumberOfRequests() throws Exception {
        // given: one build for the province
        mvc.perform(get("/api/v1/dashboard/summary").with(TestTokens.leader())).andExpect(status().isOk());
        long afterFirst = cache.builds();

        // when: ten more readers (as after a live push)
        for (int i = 0; i < 10; i++) {
            mvc.perform(get("/api/v1/dashboard/summary").with(TestTokens.snvOfficer())).andExpect(status().isOk());
        }

        // then: no rebuild
        assertThat(cache.builds()).isEqualTo(afterFirst);

        // when: an event changes a read model, then ten readers again
        plan(Events.message(Events.overdue("t-yt-2", "SYT", "2026-06-28", 1), 2));
        for (int i = 0; i < 10; i++) {
            mvc.perform(get("/api/v1/dashboard/summary").with(TestTokens.leader()))
                    .andExpect(jsonPath("$.tasks.overdue").value(2));
        }

        // then: exactly one rebuild, with the new figure (t-yt-2's overdue step is of its current due date)
        assertThat(cache.builds()).isEqualTo(afterFirst + 1);
        // a redelivery changes nothing, so nothing is rebuilt
        plan(Events.message(Events.overdue("t-yt-2", "SYT", "2026-06-28", 1), 2));
        mvc.perform(get("/api/v1/dashboard/summary").with(TestTokens.leader()));
        assertThat(cache.builds()).isEqualTo(afterFirst + 1);
    }
}
