package vn.tdkt.reporting.dashboard;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.platformtest.contracts.EventMessages;
import vn.tdkt.platformtest.security.TestTokens;
import vn.tdkt.reporting.support.Payloads;
import vn.tdkt.reporting.support.ReportingIntegrationTest;

/** The summary and drill-down contents, as the province and as one unit (clock fixed at 25/06/2025). */
class DashboardApiTest extends ReportingIntegrationTest {

    @BeforeEach
    void province() {
        planEvents.accept(EventMessages.of(EventTypes.PLAN_PUBLISHED, Payloads.PLAN_ID, 1,
                Payloads.planPublished(Payloads.PLAN_ID, "02/KH-UBND",
                        Payloads.task("t-gd-1", "SGDDT", "2025-06-30", "Báo cáo sơ kết ngành giáo dục"),
                        Payloads.task("t-gd-2", "SGDDT", "2025-08-15", "Hội nghị điển hình tiên tiến"),
                        Payloads.task("t-yt-1", "SYT", "2025-06-20", "Báo cáo phong trào ngành y tế"),
                        Payloads.task("t-yt-2", "SYT", "2025-06-28", "Đăng ký thi đua khối"))));
        planEvents.accept(EventMessages.of(EventTypes.TASK_DUE, "t-gd-1", 2,
                Payloads.taskDue("t-gd-1", "SGDDT", "2025-06-30", 7)));
        planEvents.accept(EventMessages.of(EventTypes.TASK_DUE, "t-yt-2", 2,
                Payloads.taskDue("t-yt-2", "SYT", "2025-06-28", 3)));
        planEvents.accept(EventMessages.of(EventTypes.TASK_OVERDUE, "t-yt-1", 3,
                Payloads.taskOverdue("t-yt-1", "SYT", "2025-06-20", 5)));
        nominationEvents.accept(EventMessages.of(EventTypes.DOSSIER_SUBMITTED, "d-gd", 1,
                Payloads.dossierSubmitted("d-gd", "SGDDT")));
        nominationEvents.accept(EventMessages.of(EventTypes.DOSSIER_SUBMITTED, "d-yt", 1,
                Payloads.dossierSubmitted("d-yt", "SYT")));
        nominationEvents.accept(EventMessages.of(EventTypes.DOSSIER_APPRAISED, "d-yt", 2,
                Payloads.dossierAppraised("d-yt", "SYT", "ELIGIBLE")));
    }

    @Test
    void leaderSeesTheWholeProvince() throws Exception {
        mvc.perform(get("/api/v1/dashboard/summary").with(TestTokens.leader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.generatedAt").value("2025-06-25T02:00:00Z"))
                .andExpect(jsonPath("$.unit").doesNotExist())
                .andExpect(jsonPath("$.tasks.dueSoon").value(2))
                .andExpect(jsonPath("$.tasks.overdue").value(1))
                .andExpect(jsonPath("$.tasks.done").value(0))
                .andExpect(jsonPath("$.tasks.total").value(4))
                .andExpect(jsonPath("$.tasks.byUnit[0].unit").value("SYT"))
                .andExpect(jsonPath("$.tasks.byUnit[0].dueSoon").value(1))
                .andExpect(jsonPath("$.tasks.byUnit[0].overdue").value(1))
                .andExpect(jsonPath("$.tasks.byUnit[1].unit").value("SGDDT"))
                .andExpect(jsonPath("$.tasks.dueSoonList[0].taskId").value("t-yt-2"))
                .andExpect(jsonPath("$.tasks.dueSoonList[0].daysLeft").value(3))
                .andExpect(jsonPath("$.tasks.dueSoonList[0].dueDate").value("2025-06-28"))
                .andExpect(jsonPath("$.tasks.dueSoonList[1].content").value("Nhiệm vụ t-gd-1"))
                .andExpect(jsonPath("$.tasks.overdueList[0].taskId").value("t-yt-1"))
                .andExpect(jsonPath("$.tasks.overdueList[0].daysLate").value(5))
                .andExpect(jsonPath("$.dossiers.byState.SUBMITTED").value(1))
                .andExpect(jsonPath("$.dossiers.byState.ELIGIBLE").value(1))
                .andExpect(jsonPath("$.dossiers.byState.NOT_ELIGIBLE").value(0))
                .andExpect(jsonPath("$.dossiers.byUnit", hasSize(2)));
    }

    @Test
    void unitOfficerSeesOnlyTheirUnit() throws Exception {
        mvc.perform(get("/api/v1/dashboard/summary").with(TestTokens.unitOfficer("SGDDT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit").value("SGDDT"))
                .andExpect(jsonPath("$.tasks.dueSoon").value(1))
                .andExpect(jsonPath("$.tasks.overdue").value(0))
                .andExpect(jsonPath("$.tasks.total").value(2))
                .andExpect(jsonPath("$.tasks.byUnit", hasSize(1)))
                .andExpect(jsonPath("$.tasks.byUnit[0].unit").value("SGDDT"))
                .andExpect(jsonPath("$.dossiers.byState.SUBMITTED").value(1))
                .andExpect(jsonPath("$.dossiers.byState.ELIGIBLE").value(0));
    }

    @Test
    void provinceReadersMayNarrowToOneUnit() throws Exception {
        mvc.perform(get("/api/v1/dashboard/summary").param("unit", "SYT").with(TestTokens.councilMember()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit").value("SYT"))
                .andExpect(jsonPath("$.tasks.total").value(2))
                .andExpect(jsonPath("$.dossiers.byState.ELIGIBLE").value(1));
    }

    @Test
    void taskListFiltersByUnitAndStateAndPages() throws Exception {
        mvc.perform(get("/api/v1/tasks").param("state", "DUE_SOON").with(TestTokens.snvOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].taskId").value("t-yt-2"))
                .andExpect(jsonPath("$.items[0].stateLabel").value("Sắp đến hạn"))
                .andExpect(jsonPath("$.items[0].daysLeft").value(3))
                .andExpect(jsonPath("$.items[1].taskId").value("t-gd-1"));
        mvc.perform(get("/api/v1/tasks").param("unit", "SGDDT").param("size", "1").param("page", "1")
                        .with(TestTokens.leader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].taskId").value("t-gd-2"))
                .andExpect(jsonPath("$.items[0].state").value("PLANNED"));
    }

    @Test
    void aTaskPastItsDueDateIsListedAsOverdueBeforeItsOverdueEvent() throws Exception {
        // given a plan published after one of its deadlines (20/06, clock at 25/06), with no task-overdue yet
        planEvents.accept(EventMessages.of(EventTypes.PLAN_PUBLISHED, "plan-late", 1,
                Payloads.planPublished("plan-late", "05/KH-UBND",
                        Payloads.task("t-gd-late", "SGDDT", "2025-06-20", "Báo cáo đã quá hạn"))));

        mvc.perform(get("/api/v1/tasks").param("unit", "SGDDT").param("state", "OVERDUE").with(TestTokens.leader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].taskId").value("t-gd-late"))
                .andExpect(jsonPath("$.items[0].state").value("OVERDUE"))
                .andExpect(jsonPath("$.items[0].stateLabel").value("Quá hạn"));
        mvc.perform(get("/api/v1/tasks").param("unit", "SGDDT").param("state", "PLANNED").with(TestTokens.leader()))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].taskId").value("t-gd-2"));
        // the province-wide list agrees with the summary: two overdue (t-yt-1 by its event, t-gd-late by its date)
        mvc.perform(get("/api/v1/tasks").param("state", "OVERDUE").with(TestTokens.snvOfficer()))
                .andExpect(jsonPath("$.total").value(2));
        mvc.perform(get("/api/v1/dashboard/summary").with(TestTokens.snvOfficer()))
                .andExpect(jsonPath("$.tasks.overdue").value(2));
    }

    @Test
    void unitOfficerTaskListIsScopedToTheirUnit() throws Exception {
        mvc.perform(get("/api/v1/tasks").with(TestTokens.unitOfficer("SYT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].leadUnit").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is("SYT"))));
    }

    @Test
    void pageSizeIsCappedAndBadParametersAreProblems() throws Exception {
        mvc.perform(get("/api/v1/tasks").param("size", "500").with(TestTokens.leader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(100));
        mvc.perform(get("/api/v1/tasks").param("state", "LATE").with(TestTokens.leader()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("reporting.task.invalid-state"));
        mvc.perform(get("/api/v1/tasks").param("page", "-1").header("Accept-Language", "en")
                        .with(TestTokens.leader()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("page.invalid"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Page -1 with size 20 is invalid")));
    }

    @Test
    void oneTaskById() throws Exception {
        mvc.perform(get("/api/v1/tasks/t-yt-1").with(TestTokens.leader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("OVERDUE"))
                .andExpect(jsonPath("$.stateLabel").value("Quá hạn"))
                .andExpect(jsonPath("$.daysLate").value(5))
                .andExpect(jsonPath("$.planCode").value("02/KH-UBND"));
        mvc.perform(get("/api/v1/tasks/missing").with(TestTokens.leader()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("reporting.task.not-found"));
    }
}
