package vn.tdkt.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.plan.TaskCancelled;
import vn.tdkt.contracts.plan.TaskRef;
import vn.tdkt.contracts.plan.TaskUpdated;
import vn.tdkt.platform.outbox.OutboxEntry;
import vn.tdkt.platformtest.security.TestTokens;
import vn.tdkt.reporting.report.application.ReportLadderScanner;
import vn.tdkt.reporting.report.persistence.ReportDutyDocument;
import vn.tdkt.reporting.support.Events;
import vn.tdkt.reporting.support.ReportingTest;

/**
 * A report from obligation to ladder to submission to return to resubmission: a plan task whose evidence is a report
 * becomes Sở Y tế's duty; the ladder reminds it (once per step, moved off weekends); it submits a file; the Sở Nội vụ
 * returns it with a new date; the ladder runs again towards that date; it resubmits on time. Every event is checked
 * against its schema, and {@code report-submitted} carries the plan task's id (plan-service completes the task).
 */
class ReportLifecycleTest extends ReportingTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    static final String TASK = "t-bc-6t";

    @Autowired
    ReportLadderScanner scanner;

    private String onlyDutyOf(String unit) throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/report-duties").param("unit", unit)
                        .with(TestTokens.unitOfficer(unit)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andReturn();
        return JsonPath.read(result.getResponse().getContentAsString(), "$[0].id");
    }

    /** {@code task-assigned} of a task {@code unit} leads alone, as plan-service sends it (task sequence 2). */
    private void leads(String taskId, String unit, String dueDate, String evidence, String content) {
        plan(Events.message(Events.assigned(taskId, unit, "LEAD", unit, dueDate, evidence, content), 2));
    }

    private List<JsonNode> payloads(vn.tdkt.contracts.EventType type) {
        return payloads(ReportDutyDocument.COLLECTION, type);
    }

    @Test
    void aPlanReportGoesFromObligationThroughTheLadderToSubmissionReturnAndResubmission() throws Exception {
        // given: Sở Y tế leads a task whose evidence is a report, due Monday 15/06/2026; today is 25/05
        clock.set(LocalDate.of(2026, 5, 25));
        plan(Events.message(Events.unit("SYT", "Sở Y tế", "DEPARTMENT"), 1));
        plan(Events.message(Events.assigned(TASK, "SYT", "LEAD", "SYT", "2026-06-15", "REPORT",
                "Báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2026", "SGDDT"), 3));
        plan(Events.message(Events.assigned(TASK, "SGDDT", "COORDINATING", "SYT", "2026-06-15", "REPORT",
                "Báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2026", "SGDDT"), 4));

        // then: one obligation derived from the task, one duty for the lead unit (none for the coordinating one)
        mvc.perform(get("/api/v1/report-obligations/task-" + TASK).with(TestTokens.snvOfficer()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.kind").value("PLAN_TASK"))
                .andExpect(jsonPath("$.source").value("PLAN_TASK"))
                .andExpect(jsonPath("$.taskId").value(TASK))
                .andExpect(jsonPath("$.period").value("2026-Q2"))
                .andExpect(jsonPath("$.units", hasSize(1)));
        String dutyId = onlyDutyOf("SYT");
        mvc.perform(get("/api/v1/report-duties").param("unit", "SGDDT").with(TestTokens.unitOfficer("SGDDT")))
                .andExpect(jsonPath("$", hasSize(0)));

        // when: the ladder scans on the Friday before the 15-day step (31/05 is a Sunday), twice
        clock.set(LocalDate.of(2026, 5, 29));
        scanner.scan();
        scanner.scan();

        // then: exactly one report-due, 15 days ahead, sent 17 days before the deadline
        List<JsonNode> due = payloads(EventTypes.REPORT_DUE);
        assertThat(due).hasSize(1);
        assertThat(due.get(0).get("dutyId").asText()).isEqualTo(dutyId);
        assertThat(due.get(0).get("offsetDays").asInt()).isEqualTo(15);
        assertThat(due.get(0).get("daysLeft").asInt()).isEqualTo(17);
        assertThat(due.get(0).get("unitCode").asText()).isEqualTo("SYT");
        assertThat(due.get(0).get("period").asText()).isEqualTo("2026-Q2");

        // when: the 7-day step
        clock.set(LocalDate.of(2026, 6, 8));
        scanner.scan();
        assertThat(payloads(EventTypes.REPORT_DUE)).extracting(p -> p.get("offsetDays").asInt()).containsExactly(15, 7);

        // when: Sở Y tế submits on 10/06
        clock.set(LocalDate.of(2026, 6, 10));
        MvcResult submitted = mvc.perform(multipart("/api/v1/report-submissions")
                        .file(new MockMultipartFile("file", "bao-cao-6-thang.pdf", "application/octet-stream", PDF))
                        .param("dutyId", dutyId)
                        .with(TestTokens.unitOfficer("SYT")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andExpect(jsonPath("$.onTime").value(true))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andReturn();
        String firstSubmission = JsonPath.read(submitted.getResponse().getContentAsString(), "$.id");

        // then: report-submitted carries the plan task's id, on time, first submission
        List<JsonNode> submissions = payloads(EventTypes.REPORT_SUBMITTED);
        assertThat(submissions).hasSize(1);
        JsonNode first = submissions.get(0);
        assertThat(first.get("taskId").asText()).isEqualTo(TASK);
        assertThat(first.get("dutyId").asText()).isEqualTo(dutyId);
        assertThat(first.get("obligationId").asText()).isEqualTo("task-" + TASK);
        assertThat(first.get("submissionId").asText()).isEqualTo(firstSubmission);
        assertThat(first.get("onTime").asBoolean()).isTrue();
        assertThat(first.get("resubmission").asBoolean()).isFalse();
        assertThat(first.get("dueDate").asText()).isEqualTo("2026-06-15");
        assertThat(first.get("documentUrl").asText()).isEqualTo("/api/v1/report-submissions/" + firstSubmission
                + "/file");
        // and the file is kept as sent, typed by its content, with its digest
        mvc.perform(get("/api/v1/report-submissions/" + firstSubmission + "/file").with(TestTokens.snvOfficer()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("ETag", "\"" + sha256(PDF) + "\""))
                .andExpect(result -> assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(PDF));

        // when: the Sở Nội vụ returns it on 11/06, to be resubmitted by Friday 19/06
        clock.set(LocalDate.of(2026, 6, 11));
        String etag = mvc.perform(get("/api/v1/report-duties/" + dutyId).with(TestTokens.snvOfficer()))
                .andReturn().getResponse().getHeader("ETag");
        mvc.perform(post("/api/v1/report-submissions/" + firstSubmission + "/return")
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reasons\":[\"Thiếu số liệu khen thưởng 6 tháng\"],\"resubmitBy\":\"2026-06-19\"}")
                        .with(TestTokens.snvOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.returnReasons[0]").value("Thiếu số liệu khen thưởng 6 tháng"));

        // then
        List<JsonNode> returned = payloads(EventTypes.REPORT_RETURNED);
        assertThat(returned).hasSize(1);
        assertThat(returned.get(0).get("submissionId").asText()).isEqualTo(firstSubmission);
        assertThat(returned.get(0).get("resubmitBy").asText()).isEqualTo("2026-06-19");
        assertThat(returned.get(0).get("reasons").get(0).asText()).isEqualTo("Thiếu số liệu khen thưởng 6 tháng");
        mvc.perform(get("/api/v1/report-duties/" + dutyId).with(TestTokens.unitOfficer("SYT")))
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.deadline").value("2026-06-19"))
                .andExpect(jsonPath("$.compliance").value("PENDING"));

        // when: the ladder restarts towards 19/06; after the weekend both its 7-day (12/06) and 3-day (16/06) steps
        // have passed: only the most recent is sent
        clock.set(LocalDate.of(2026, 6, 16));
        scanner.scan();
        List<JsonNode> afterReturn = payloads(EventTypes.REPORT_DUE).stream()
                .filter(p -> p.get("dueDate").asText().equals("2026-06-19")).toList();
        assertThat(afterReturn).extracting(p -> p.get("offsetDays").asInt()).containsExactly(3);
        assertThat(payloads(EventTypes.REPORT_OVERDUE)).as("the old deadline's overdue steps are gone").isEmpty();

        // when: Sở Y tế resubmits on 17/06
        clock.set(LocalDate.of(2026, 6, 17));
        mvc.perform(multipart("/api/v1/report-submissions")
                        .file(new MockMultipartFile("file", "bao-cao-6-thang-bo-sung.pdf", "application/pdf", PDF))
                        .param("dutyId", dutyId)
                        .with(TestTokens.unitOfficer("SYT")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.resubmission").value(true))
                .andExpect(jsonPath("$.onTime").value(true));

        // then: a second report-submitted, a resubmission on time, still naming the task
        List<JsonNode> all = payloads(EventTypes.REPORT_SUBMITTED);
        assertThat(all).hasSize(2);
        JsonNode second = all.get(1);
        assertThat(second.get("taskId").asText()).isEqualTo(TASK);
        assertThat(second.get("resubmission").asBoolean()).isTrue();
        assertThat(second.get("onTime").asBoolean()).isTrue();
        assertThat(second.get("dueDate").asText()).isEqualTo("2026-06-19");
        // and the unit complied on time for the period; nothing more is sent
        mvc.perform(get("/api/v1/report-compliance").param("year", "2026").with(TestTokens.unitOfficer("SYT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].unitCode").value("SYT"))
                .andExpect(jsonPath("$[0].counts.ON_TIME").value(1))
                .andExpect(jsonPath("$[0].counts.MISSING").value(0));
        clock.set(LocalDate.of(2026, 6, 22));
        scanner.scan();
        assertThat(payloads(EventTypes.REPORT_OVERDUE)).isEmpty();
        // the events of the duty are numbered in order, as the relay sends them
        assertThat(outbox(ReportDutyDocument.COLLECTION)).extracting(OutboxEntry::sequence)
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void anUnsubmittedReportGoesOverdueThenEscalates() throws Exception {
        // given
        clock.set(LocalDate.of(2026, 6, 10));
        plan(Events.message(Events.assigned("t-late", "SGDDT", "LEAD", "SGDDT", "2026-06-15", "REPORT",
                "Báo cáo kết quả phong trào thi đua"), 1));

        // when: the day after the deadline, and a week after
        clock.set(LocalDate.of(2026, 6, 16));
        scanner.scan();
        clock.set(LocalDate.of(2026, 6, 22));
        scanner.scan();

        // then
        List<JsonNode> overdue = payloads(EventTypes.REPORT_OVERDUE);
        assertThat(overdue).extracting(p -> p.get("daysLate").asInt()).containsExactly(1, 7);
        assertThat(overdue).extracting(p -> p.get("escalate").asBoolean()).containsExactly(false, true);
        mvc.perform(get("/api/v1/report-compliance").with(TestTokens.unitOfficer("SGDDT")))
                .andExpect(jsonPath("$[0].counts.MISSING").value(1));
    }

    @Test
    void theDutyFollowsItsTask() throws Exception {
        // given
        clock.set(LocalDate.of(2026, 3, 2));
        leads("t-move", "SGDDT", "2026-03-31", "REPORT", "Báo cáo quý I");
        leads("t-gone", "SGDDT", "2026-03-31", "REPORT", "Báo cáo chuyên đề");
        leads("t-done", "SGDDT", "2026-03-31", "REPORT", "Báo cáo tổng hợp");

        // when: plan-service moves one due date, cancels one task, completes one without a report here; then an
        // older task event arrives late
        TaskRef moved = new TaskRef("t-move", Events.PLAN_ID, "02/KH-UBND", "Báo cáo quý I", "SGDDT", List.of());
        plan(Events.message(new TaskUpdated(moved, null, "PLANNED", "DUE_DATE_CHANGED", List.of("dueDate"),
                LocalDate.of(2026, 4, 10), LocalDate.of(2026, 3, 31)), 5));
        plan(Events.message(new TaskUpdated(moved, null, "PLANNED", "DUE_DATE_CHANGED", List.of("dueDate"),
                LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 31)), 4));
        plan(Events.message(new TaskCancelled(new TaskRef("t-gone", Events.PLAN_ID, "02/KH-UBND", "Báo cáo chuyên đề",
                "SGDDT", List.of()), java.time.Instant.parse("2026-03-05T02:00:00Z"), "snv-user",
                LocalDate.of(2026, 3, 31), "không còn cần"), 3));
        plan(Events.message(Events.completed("t-done", "SGDDT", "2026-03-31", "2026-03-20T02:00:00Z"), 3));

        // then
        mvc.perform(get("/api/v1/report-duties").param("year", "2026").with(TestTokens.unitOfficer("SGDDT")))
                .andExpect(jsonPath("$[?(@.taskId == 't-move')].deadline").value("2026-04-10"))
                .andExpect(jsonPath("$[?(@.taskId == 't-gone')].status").value("CANCELLED"))
                .andExpect(jsonPath("$[?(@.taskId == 't-done')].status").value("CLOSED_IN_PLAN"))
                .andExpect(jsonPath("$[?(@.taskId == 't-done')].compliance").value("ON_TIME"));
    }

    @Test
    void aRecurringReportDutyOfAPublishedPlanBecomesADutyOnceWhicheverEventNamesItFirst() throws Exception {
        // given: the plan's text asks for a quarterly report, without tagging its evidence
        clock.set(LocalDate.of(2026, 1, 5));
        var recurring = Events.task("t-q1", "SVHTTDL", "2026-03-25",
                "Định kỳ hằng quý báo cáo kết quả phong trào thi đua về Sở Nội vụ");
        var plain = Events.task("t-event", "SVHTTDL", "2026-03-25", "Tổ chức hội nghị điển hình tiên tiến");

        // when: published, published again (redelivery), then its task-assigned tagged REPORT
        plan(Events.message(Events.planPublished(Events.PLAN_ID, "15/KH-UBND", recurring, plain), 1));
        plan(Events.message(Events.planPublished(Events.PLAN_ID, "15/KH-UBND", recurring, plain), 1));
        leads("t-q1", "SVHTTDL", "2026-03-25", "REPORT",
                "Định kỳ hằng quý báo cáo kết quả phong trào thi đua về Sở Nội vụ");

        // then: one duty for the recurring report, none for the event
        mvc.perform(get("/api/v1/report-duties").with(TestTokens.unitOfficer("SVHTTDL")))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].taskId").value("t-q1"))
                .andExpect(jsonPath("$[0].period").value("2026-Q1"))
                .andExpect(jsonPath("$[0].deadline").value("2026-03-25"));
    }

    private static String sha256(byte[] content) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void aReportTaskWhoseLeadUnitChangesMovesItsDutyToTheNewLead() throws Exception {
        // given: Sở Y tế leads a report task, Sở Giáo dục coordinates
        clock.set(LocalDate.of(2026, 3, 2));
        plan(Events.message(Events.assigned("t-lead", "SYT", "LEAD", "SYT", "2026-03-31", "REPORT",
                "Báo cáo quý I", "SGDDT"), 2));
        onlyDutyOf("SYT");

        // when: a plan amendment makes Sở Giáo dục the lead and moves the date (redelivered once)
        TaskRef amended = new TaskRef("t-lead", Events.PLAN_ID, "02/KH-UBND", "Báo cáo quý I", "SGDDT",
                List.of("SYT"));
        var update = Events.message(new TaskUpdated(amended, null, "PLANNED", "PLAN_AMENDED",
                List.of("leadUnit", "coordinatingUnits", "dueDate"), LocalDate.of(2026, 4, 15),
                LocalDate.of(2026, 3, 31)), 3);
        plan(update);
        plan(update);

        // then: Sở Giáo dục owes the report by the new date; Sở Y tế's duty is cancelled, not overdue
        String moved = onlyDutyOf("SGDDT");
        mvc.perform(get("/api/v1/report-duties/" + moved).with(TestTokens.unitOfficer("SGDDT")))
                .andExpect(jsonPath("$.status").value("AWAITING"))
                .andExpect(jsonPath("$.deadline").value("2026-04-15"))
                .andExpect(jsonPath("$.taskId").value("t-lead"));
        mvc.perform(get("/api/v1/report-duties").param("unit", "SYT").with(TestTokens.unitOfficer("SYT")))
                .andExpect(jsonPath("$[0].status").value("CANCELLED"))
                .andExpect(jsonPath("$[0].compliance").value("CANCELLED"));
        assertThat(count(ReportDutyDocument.COLLECTION)).isEqualTo(2);

        // and when a later amendment gives the lead back to Sở Y tế, its duty is owed again and the other cancelled
        TaskRef back = new TaskRef("t-lead", Events.PLAN_ID, "02/KH-UBND", "Báo cáo quý I", "SYT", List.of("SGDDT"));
        plan(Events.message(new TaskUpdated(back, null, "PLANNED", "PLAN_AMENDED", List.of("leadUnit"),
                LocalDate.of(2026, 4, 15), LocalDate.of(2026, 4, 15), "REPORT"), 4));
        mvc.perform(get("/api/v1/report-duties").param("unit", "SYT").with(TestTokens.unitOfficer("SYT")))
                .andExpect(jsonPath("$[0].status").value("AWAITING"))
                .andExpect(jsonPath("$[0].deadline").value("2026-04-15"));
        mvc.perform(get("/api/v1/report-duties").param("unit", "SGDDT").with(TestTokens.unitOfficer("SGDDT")))
                .andExpect(jsonPath("$[0].status").value("CANCELLED"));
    }

    @Test
    void anAmendmentThatAsksForAReportOpensADutyAndOneThatNoLongerDoesCancelsIt() throws Exception {
        // given: a task proved by a conference, and a report task
        clock.set(LocalDate.of(2026, 3, 2));
        leads("t-hn", "SYT", "2026-04-30", "EVENT", "Hội nghị sơ kết");
        leads("t-bc2", "SGDDT", "2026-04-30", "REPORT", "Tổng hợp số liệu khen thưởng");
        assertThat(count(ReportDutyDocument.COLLECTION)).isEqualTo(1);

        // when: an amendment makes the first a report, and the second no longer says what proves it
        TaskRef conference = new TaskRef("t-hn", Events.PLAN_ID, "02/KH-UBND", "Hội nghị sơ kết", "SYT", List.of());
        plan(Events.message(new TaskUpdated(conference, null, "PLANNED", "PLAN_AMENDED", List.of("expectedEvidence"),
                LocalDate.of(2026, 4, 30), LocalDate.of(2026, 4, 30), "REPORT"), 3));
        TaskRef figures = new TaskRef("t-bc2", Events.PLAN_ID, "02/KH-UBND", "Tổng hợp số liệu khen thưởng", "SGDDT",
                List.of());
        plan(Events.message(new TaskUpdated(figures, null, "PLANNED", "PLAN_AMENDED", List.of("expectedEvidence"),
                LocalDate.of(2026, 4, 30), LocalDate.of(2026, 4, 30), null), 3));

        // then: Sở Y tế owes the report; Sở Giáo dục's duty is cancelled
        mvc.perform(get("/api/v1/report-duties/" + onlyDutyOf("SYT")).with(TestTokens.unitOfficer("SYT")))
                .andExpect(jsonPath("$.status").value("AWAITING"))
                .andExpect(jsonPath("$.taskId").value("t-hn"));
        mvc.perform(get("/api/v1/report-duties").param("unit", "SGDDT").with(TestTokens.unitOfficer("SGDDT")))
                .andExpect(jsonPath("$[0].status").value("CANCELLED"));
    }
}
