package vn.tdkt.reporting.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.platformtest.security.TestTokens;
import vn.tdkt.reporting.scoring.persistence.ScoreSheetDocument;
import vn.tdkt.reporting.support.Events;
import vn.tdkt.reporting.support.ReportingTest;

/**
 * One cluster year (Khối Văn hóa – Xã hội 2026: Sở Y tế heads, Sở Giáo dục và Đào tạo and Sở Nội vụ are members):
 * the year's evidence events give automatic scores (tasks on time, reports on time and complete, movements
 * registered), each linked to the events behind it; the head adds manual scores with justifications; the members
 * cross-score; Sở Y tế and Sở Giáo dục end equal and R-GEN-08 ranks the collective with ≥ 70 % women first.
 */
class ClusterYearTest extends ReportingTest {

    static final String CLUSTER = "0195f3a2-7c1e-7a00-8000-000000000031";
    static final RequestPostProcessor HEAD = TestTokens.unitOfficer("SYT");
    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes();

    private void evidenceOfTheYear() throws Exception {
        clock.set(LocalDate.of(2026, 1, 5));
        plan(Events.message(Events.unit("SYT", "Sở Y tế", "DEPARTMENT"), 1));
        plan(Events.message(Events.unit("SGDDT", "Sở Giáo dục và Đào tạo", "DEPARTMENT"), 1));
        plan(Events.message(Events.unit("SNV", "Sở Nội vụ", "DEPARTMENT"), 1));
        plan(Events.message(Events.cluster(CLUSTER, "KHOI-VHXH", 2026, "SYT", "SGDDT", "SNV"), 1));
        // tasks: Sở Y tế 1 of 2 on time (one late), Sở Giáo dục 1 of 2 (one never done), Sở Nội vụ 2 of 2
        task("t-yt-1", "SYT", "2026-03-31", "2026-03-30T02:00:00Z", "ev-yt-1");
        task("t-yt-2", "SYT", "2026-06-30", "2026-07-05T02:00:00Z", "ev-yt-2");
        task("t-gd-1", "SGDDT", "2026-03-31", "2026-03-25T02:00:00Z", "ev-gd-1");
        task("t-gd-2", "SGDDT", "2026-06-30", null, null);
        task("t-nv-1", "SNV", "2026-03-31", "2026-03-20T02:00:00Z", "ev-nv-1");
        task("t-nv-2", "SNV", "2026-06-30", "2026-06-29T02:00:00Z", "ev-nv-2");
        // movement: all three take part; Sở Y tế and Sở Giáo dục are registered and approved, Sở Nội vụ only submitted
        plan(Events.message(Events.movement("mv-2026", "REGULAR", "2026-01-15", "2026-12-31",
                "2026-01-15T02:00:00Z", "SYT", "SGDDT", "SNV"), 1));
        plan(Events.message("ev-reg-yt", Events.registrationApproved("reg-yt", "mv-2026", "SYT"), 2));
        plan(Events.message("ev-reg-gd", Events.registrationApproved("reg-gd", "mv-2026", "SGDDT"), 2));
        plan(Events.message(Events.registrationSubmitted("reg-nv", "mv-2026", "SNV"), 1));
        // the six-month report: Sở Y tế and Sở Giáo dục on time with every figure, Sở Nội vụ never
        mvc.perform(post("/api/v1/report-obligations").contentType(MediaType.APPLICATION_JSON).content("""
                        {"title":"Báo cáo sơ kết 6 tháng đầu năm 2026","kind":"SIX_MONTH","period":"2026-H1",
                         "dueDate":"2026-06-15","units":["SYT","SGDDT","SNV"],"templateCode":"SO_KET_6_THANG"}""")
                        .with(TestTokens.snvOfficer()))
                .andExpect(status().isCreated());
        clock.set(LocalDate.of(2026, 6, 12));
        submitSixMonthReport("SYT");
        submitSixMonthReport("SGDDT");
        clock.set(LocalDate.of(2026, 11, 20));
    }

    private void task(String taskId, String unit, String due, String completedAt, String completedEventId) {
        plan(Events.message(Events.assigned(taskId, unit, "LEAD", unit, due, "DOCUMENT", "Nhiệm vụ " + taskId), 1));
        if (completedAt != null) {
            plan(Events.message(completedEventId, Events.completed(taskId, unit, due, completedAt), 2));
        }
    }

    private void submitSixMonthReport(String unit) throws Exception {
        String duties = mvc.perform(get("/api/v1/report-duties").param("unit", unit)
                .with(TestTokens.unitOfficer(unit))).andReturn().getResponse().getContentAsString();
        String dutyId = JsonPath.read(duties, "$[0].id");
        mvc.perform(multipart("/api/v1/report-submissions")
                        .file(new MockMultipartFile("file", "so-ket.pdf", "application/pdf", PDF))
                        .param("dutyId", dutyId)
                        .param("figures", """
                                {"MOVEMENTS_LAUNCHED":2,"REGISTRATIONS":40,"DOSSIERS_SENT":5,"AWARDS_UNIT_LEVEL":30,
                                 "AWARDS_PROVINCE_LEVEL":4,"AWARDS_STATE_LEVEL":0}""")
                        .with(TestTokens.unitOfficer(unit)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.complete").value(true));
    }

    private String etag(String sheetId) throws Exception {
        return mvc.perform(get("/api/v1/score-sheets/" + sheetId).with(TestTokens.snvOfficer())).andReturn()
                .getResponse().getHeader("ETag");
    }

    /** A manual score ({@code PUT …/scores}) with {@code body} as JSON, by {@code who}. */
    private static MockHttpServletRequestBuilder score(String sheetId, String body, RequestPostProcessor who) {
        return put("/api/v1/score-sheets/" + sheetId + "/scores").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(who);
    }

    /** A cross score ({@code POST …/cross-scores}) with {@code body} as JSON, by {@code who}. */
    private static MockHttpServletRequestBuilder crossScore(String sheetId, String body, RequestPostProcessor who) {
        return post("/api/v1/score-sheets/" + sheetId + "/cross-scores").contentType(MediaType.APPLICATION_JSON)
                .content(body).with(who);
    }

    private void manual(String sheetId, String unit, String criterion, double score) throws Exception {
        String body = "{\"unitCode\":\"%s\",\"criterionCode\":\"%s\",\"score\":%s,\"justification\":\"%s\"}"
                .formatted(unit, criterion, score, "Biên bản kiểm tra cuối năm của khối");
        mvc.perform(score(sheetId, body, HEAD).header("If-Match", etag(sheetId)))
                .andExpect(status().isOk());
    }

    private void cross(String sheetId, String from, String to, double score) throws Exception {
        mvc.perform(crossScore(sheetId, "{\"unitCode\":\"%s\",\"criterionCode\":\"CROSS_REVIEW\",\"score\":%s}"
                        .formatted(to, score), TestTokens.unitOfficer(from)))
                .andExpect(status().isOk());
    }

    private void womenRatio(String sheetId, String unit, double ratio) throws Exception {
        mvc.perform(put("/api/v1/score-sheets/" + sheetId + "/members/" + unit + "/women-ratio")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"womenRatio\":" + ratio + "}").with(HEAD))
                .andExpect(status().isOk());
    }

    private List<JsonNode> payloads(vn.tdkt.contracts.EventType type) {
        return payloads(ScoreSheetDocument.COLLECTION, type);
    }

    @Test
    void evidenceManualAndCrossScoresRankTheClusterWithTheTieBrokenByRGen08() throws Exception {
        // given
        evidenceOfTheYear();

        // when: the head opens the sheet (default criteria) and computes the automatic scores
        MvcResult opened = mvc.perform(post("/api/v1/score-sheets").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"clusterId\":\"" + CLUSTER + "\"}").with(HEAD))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.criteria.length()").value(6))
                .andExpect(jsonPath("$.members[?(@.unitCode=='SGDDT')].unitName").value("Sở Giáo dục và Đào tạo"))
                .andReturn();
        String sheetId = JsonPath.read(opened.getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/v1/score-sheets/" + sheetId + "/automatic-scores").header("If-Match", etag(sheetId))
                        .with(HEAD))
                .andExpect(status().isOk())
                // Sở Y tế: tasks 1/2 of 30, reports 1/1 of 15, movements 1/1 of 15
                .andExpect(jsonPath("$.members[?(@.unitCode=='SYT')].scores.TASKS_ON_TIME.score").value(15.0))
                .andExpect(jsonPath("$.members[?(@.unitCode=='SYT')].scores.TASKS_ON_TIME.basis").value("1/2"))
                .andExpect(jsonPath("$.members[?(@.unitCode=='SYT')].scores.REPORTS_ON_TIME.score").value(15.0))
                .andExpect(jsonPath("$.members[?(@.unitCode=='SYT')].scores.MOVEMENTS.score").value(15.0))
                // Sở Nội vụ: tasks 2/2, reports 0/1 (missing), movements 0/1 (not approved)
                .andExpect(jsonPath("$.members[?(@.unitCode=='SNV')].scores.TASKS_ON_TIME.score").value(30.0))
                .andExpect(jsonPath("$.members[?(@.unitCode=='SNV')].scores.REPORTS_ON_TIME.basis").value("0/1"))
                .andExpect(jsonPath("$.members[?(@.unitCode=='SNV')].scores.MOVEMENTS.score").value(0.0))
                .andExpect(jsonPath("$.members[?(@.unitCode=='SNV')].total").value(30.0));

        // then: each automatic score names the events behind it
        String sheet = mvc.perform(get("/api/v1/score-sheets/" + sheetId).with(TestTokens.unitOfficer("SGDDT")))
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> taskLinks = JsonPath.read(sheet,
                "$.members[?(@.unitCode=='SYT')].scores.TASKS_ON_TIME.evidence[*]");
        assertThat(taskLinks).extracting(l -> l.get("eventType"), l -> l.get("eventId"), l -> l.get("counted"))
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("task-completed", "ev-yt-1", true),
                        org.assertj.core.groups.Tuple.tuple("task-completed", "ev-yt-2", false));
        List<String> movementLinks = JsonPath.read(sheet,
                "$.members[?(@.unitCode=='SGDDT')].scores.MOVEMENTS.evidence[*].eventId");
        assertThat(movementLinks).containsExactly("ev-reg-gd");
        List<String> overdueLinks = JsonPath.read(sheet,
                "$.members[?(@.unitCode=='SGDDT')].scores.TASKS_ON_TIME.evidence[?(@.counted==false)].eventType");
        assertThat(overdueLinks).containsExactly("task-overdue");

        // when: the head scores the manual criteria with justifications; a member may not
        manual(sheetId, "SYT", "REFORM_DIGITAL", 12);
        manual(sheetId, "SGDDT", "REFORM_DIGITAL", 12);
        manual(sheetId, "SNV", "REFORM_DIGITAL", 14);
        manual(sheetId, "SYT", "PARTY_BUILDING", 8);
        manual(sheetId, "SGDDT", "PARTY_BUILDING", 8);
        manual(sheetId, "SNV", "PARTY_BUILDING", 9);
        mvc.perform(score(sheetId, "{\"unitCode\":\"SGDDT\",\"criterionCode\":\"PARTY_BUILDING\",\"score\":10,"
                        + "\"justification\":\"tự chấm\"}", TestTokens.unitOfficer("SGDDT")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("scoring.head-only"));
        mvc.perform(score(sheetId, "{\"unitCode\":\"SNV\",\"criterionCode\":\"PARTY_BUILDING\",\"score\":9}", HEAD))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("scoring.justification-missing"));

        // and the members cross-score one another (a unit never itself)
        cross(sheetId, "SGDDT", "SYT", 13);
        cross(sheetId, "SNV", "SYT", 13);
        cross(sheetId, "SYT", "SGDDT", 12);
        cross(sheetId, "SNV", "SGDDT", 14);
        cross(sheetId, "SYT", "SNV", 10);
        cross(sheetId, "SGDDT", "SNV", 12);
        mvc.perform(crossScore(sheetId, "{\"unitCode\":\"SNV\",\"criterionCode\":\"CROSS_REVIEW\",\"score\":15}",
                        TestTokens.unitOfficer("SNV")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("scoring.cross-self"));

        // and the head enters each collective's share of women (R-GEN-08 needs it; no event carries it)
        womenRatio(sheetId, "SYT", 0.40);
        womenRatio(sheetId, "SGDDT", 0.75);
        womenRatio(sheetId, "SNV", 0.55);

        // when
        mvc.perform(post("/api/v1/score-sheets/" + sheetId + "/rank").header("If-Match", etag(sheetId)).with(HEAD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RANKED"));

        // then: 78 = 78 > 64, and R-GEN-08 puts Sở Giáo dục (75 % women) ahead of Sở Y tế (40 %)
        List<JsonNode> ranked = payloads(EventTypes.CLUSTER_RANKED);
        assertThat(ranked).hasSize(1);
        JsonNode ranks = ranked.get(0).get("ranks");
        assertThat(ranked.get(0).get("clusterId").asText()).isEqualTo(CLUSTER);
        assertThat(ranked.get(0).get("clusterCode").asText()).isEqualTo("KHOI-VHXH");
        assertThat(ranked.get(0).get("year").asInt()).isEqualTo(2026);
        assertThat(ranked.get(0).get("rankedBy").asText()).isEqualTo("syt-user");
        assertThat(ranks).hasSize(3);
        assertThat(ranks.get(0).get("unitCode").asText()).isEqualTo("SGDDT");
        assertThat(ranks.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(ranks.get(0).get("total").asDouble()).isEqualTo(78.0);
        assertThat(ranks.get(0).get("tieBreak").asText()).startsWith("R-GEN-08");
        assertThat(ranks.get(1).get("unitCode").asText()).isEqualTo("SYT");
        assertThat(ranks.get(1).get("rank").asInt()).isEqualTo(2);
        assertThat(ranks.get(1).get("total").asDouble()).isEqualTo(78.0);
        assertThat(ranks.get(1).get("tieBreak").isNull()).isTrue();
        assertThat(ranks.get(2).get("unitCode").asText()).isEqualTo("SNV");
        assertThat(ranks.get(2).get("rank").asInt()).isEqualTo(3);
        assertThat(ranks.get(2).get("total").asDouble()).isEqualTo(64.0);

        // and the last cluster-scored of each member carries its final total
        Map<String, Double> lastTotals = payloads(EventTypes.CLUSTER_SCORED).stream().collect(Collectors.toMap(
                p -> p.get("unitCode").asText(), p -> p.get("total").asDouble(), (a, b) -> b));
        assertThat(lastTotals).containsExactlyInAnyOrderEntriesOf(Map.of("SYT", 78.0, "SGDDT", 78.0, "SNV", 64.0));

        // and the rankings read with unit names; a unit outside the cluster does not see it
        mvc.perform(get("/api/v1/cluster-rankings").param("year", "2026").with(TestTokens.leader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].clusterName").value("Khối thi đua KHOI-VHXH"))
                .andExpect(jsonPath("$[0].ranks[0].unitName").value("Sở Giáo dục và Đào tạo"))
                .andExpect(jsonPath("$[0].ranks[0].rank").value(1))
                .andExpect(jsonPath("$[0].status").value("RANKED"));
        mvc.perform(get("/api/v1/cluster-rankings/" + sheetId).with(TestTokens.unitOfficer("PCHIENGLE")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cluster-rankings").with(TestTokens.unitOfficer("PCHIENGLE")))
                .andExpect(jsonPath("$.length()").value(0));

        // and a ranked sheet refuses new scores until reopened
        mvc.perform(score(sheetId, "{\"unitCode\":\"SYT\",\"criterionCode\":\"PARTY_BUILDING\",\"score\":9,"
                        + "\"justification\":\"điều chỉnh\"}", HEAD))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("scoring.sheet-ranked"));

        // and once reopened for a correction, the ranking still shows, marked as being scored again
        mvc.perform(post("/api/v1/score-sheets/" + sheetId + "/reopen").with(HEAD)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/cluster-rankings/" + sheetId).with(TestTokens.leader()))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.statusLabel").value("Đang chấm điểm"))
                .andExpect(jsonPath("$.ranks[0].unitCode").value("SGDDT"));
    }

    @Test
    void aStaleIfMatchOrAnUnknownClusterChangesNothing() throws Exception {
        // given
        clock.set(LocalDate.of(2026, 11, 20));
        plan(Events.message(Events.cluster(CLUSTER, "KHOI-VHXH", 2026, "SYT", "SGDDT", "SNV"), 1));
        String sheetId = JsonPath.read(mvc.perform(post("/api/v1/score-sheets").contentType(MediaType.APPLICATION_JSON)
                .content("{\"clusterId\":\"" + CLUSTER + "\"}").with(TestTokens.snvOfficer()))
                .andReturn().getResponse().getContentAsString(), "$.id");

        // when / then
        mvc.perform(post("/api/v1/score-sheets/" + sheetId + "/rank").header("If-Match", "\"99\"").with(HEAD))
                .andExpect(status().isPreconditionFailed());
        assertThat(payloads(EventTypes.CLUSTER_RANKED)).isEmpty();
        mvc.perform(post("/api/v1/score-sheets").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"clusterId\":\"" + CLUSTER + "\"}").with(TestTokens.snvOfficer()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("scoring.sheet-exists"));
        mvc.perform(post("/api/v1/score-sheets").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"clusterId\":\"nope\"}").header("Accept-Language", "en")
                        .with(TestTokens.snvOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("scoring.cluster-unknown"))
                .andExpect(jsonPath("$.detail").value("Emulation cluster or block nope was not found."));
    }

    @Test
    void aReportTaskCompletedInThePlanIsEvidenceOfATaskNotOfAnOverdueReport() throws Exception {
        // given: Sở Y tế's report task is completed in plan-service before any report reached reporting-service
        clock.set(LocalDate.of(2026, 1, 5));
        unitsRegistered("SYT", "SGDDT");
        plan(Events.message(Events.cluster(CLUSTER, "KHOI-VHXH", 2026, "SYT", "SGDDT"), 1));
        plan(Events.message(Events.assigned("t-bc", "SYT", "LEAD", "SYT", "2026-03-31", "REPORT",
                "Báo cáo quý I"), 1));
        plan(Events.message("ev-bc", Events.completed("t-bc", "SYT", "2026-03-31", "2026-03-30T02:00:00Z"), 2));
        clock.set(LocalDate.of(2026, 11, 20));
        String sheetId = JsonPath.read(mvc.perform(post("/api/v1/score-sheets").contentType(MediaType.APPLICATION_JSON)
                .content("{\"clusterId\":\"" + CLUSTER + "\"}").with(HEAD)).andReturn().getResponse()
                .getContentAsString(), "$.id");

        // when
        String sheet = mvc.perform(post("/api/v1/score-sheets/" + sheetId + "/automatic-scores").with(HEAD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members[?(@.unitCode=='SYT')].scores.REPORTS_ON_TIME.basis").value("1/1"))
                .andReturn().getResponse().getContentAsString();

        // then
        List<Map<String, Object>> links = JsonPath.read(sheet,
                "$.members[?(@.unitCode=='SYT')].scores.REPORTS_ON_TIME.evidence[*]");
        assertThat(links).extracting(l -> l.get("eventType"), l -> l.get("counted"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("task-completed", true));
        assertThat((String) links.get(0).get("note")).startsWith("Nhiệm vụ hoàn thành đúng hạn bên kế hoạch: ");
    }
}
