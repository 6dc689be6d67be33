package vn.tdkt.nomination.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import vn.tdkt.nomination.sla.application.SlaScanner;
import vn.tdkt.nomination.support.NominationApiTest;
import vn.tdkt.platform.outbox.OutboxEntry;

/**
 * One dossier's whole life through the API: drafted with documents in a batch, submitted late January 2026,
 * returned with reasons and a deadline, completed and resubmitted (the history shows the diff), assigned, noticed by
 * the SLA scan three working days before its deadline and appraised with the rule results. The appraisal clock
 * pauses while the dossier is returned and counts across Tết Bính Ngọ (14–22/02/2026). Every event it publishes is
 * valid against its schema.
 */
class DossierLifeTest extends NominationApiTest {

    @Autowired SlaScanner scanner;

    @Test
    void a_dossier_from_draft_to_appraisal() throws Exception {
        clock.set(LocalDate.of(2026, 1, 26));
        String batch = createBatch(own(), null);
        String id = create(own(), """
                {"batchId": "%s", %s""".formatted(batch,
                person("Nguyễn Thị Hồng", "001185012345", "CSTDCS", 2025, "QD-12/2025").strip().substring(1)));
        attachCompleteSet(id);

        clock.set(LocalDate.of(2026, 1, 29));
        transition(own(), id, "submit", null).andExpect(status(200));
        String submitted = read(id);
        assertThat((String) JsonPath.read(submitted, "$.status")).isEqualTo("SUBMITTED");
        assertThat((String) JsonPath.read(submitted, "$.clocks[0].dueDate")).isEqualTo("2026-03-05");

        clock.set(LocalDate.of(2026, 2, 3));
        transition(snv(), id, "return", """
                {"reasons": ["Bổ sung văn bản xác nhận hoàn thành xuất sắc nhiệm vụ"], "completeBy": "2026-02-13"}
                """).andExpect(status(200));
        Map<String, Object> returned = lastPayload(outbox(id), "dossier-returned");
        assertThat(returned).containsEntry("completeBy", "2026-02-13").containsEntry("batchId", batch);

        clock.set(LocalDate.of(2026, 2, 6));
        assertThat(scanner.scan().emitted()).as("a returned dossier's clock is paused").isZero();
        String current = mvc.perform(get(DOSSIERS + "/" + id).with(own())).andReturn().getResponse()
                .getHeader("ETag");
        mvc.perform(put(DOSSIERS + "/" + id).with(own()).header("If-Match", current)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(person("Nguyễn Thị Hồng", "001185012345", "CSTDCS", 2025, "QD-12/2025")
                                .replace("Hoàn thành xuất sắc nhiệm vụ năm học 2025",
                                        "Hoàn thành xuất sắc nhiệm vụ năm học 2025; sáng kiến cấp cơ sở")))
                .andExpect(status(200));
        upload(own(), id, "XAC_NHAN_HTXSNV", "xac-nhan.pdf", pdf(), null, null).andExpect(created());
        mvc.perform(put(DOSSIERS + "/" + id).with(own()).header("If-Match", current)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(person("Nguyễn Thị Hồng", "001185012345", "CSTDCS", 2025, "QD-12/2025")))
                .andExpect(status(412));

        clock.set(LocalDate.of(2026, 2, 10));
        transition(own(), id, "resubmit", null).andExpect(status(200));
        Map<String, Object> resubmitted = lastPayload(outbox(id), "dossier-resubmitted");
        assertThat((List<String>) resubmitted.get("changedFields"))
                .containsExactly("achievement.summary", "documents");
        String history = mvc.perform(get(DOSSIERS + "/" + id + "/history").with(own())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<Map<String, Object>> entries = JsonPath.read(history, "$");
        assertThat(entries).extracting(e -> e.get("action"))
                .containsSubsequence("CREATE", "SUBMIT", "RETURN", "EDIT", "ATTACH", "RESUBMIT");
        assertThat(entries).allSatisfy(e -> assertThat(e.get("actor")).isNotNull());
        assertThat(entries.get(entries.size() - 1).get("changes").toString()).contains("sáng kiến cấp cơ sở");

        clock.set(LocalDate.of(2026, 2, 11));
        transition(snv(), id, "assign", "{}").andExpect(status(200));
        // 3 working days used before the return, 17 left from 10/02: Tết (16–20/02) and its weekends skipped
        assertThat(lastPayload(outbox(id), "dossier-assigned")).containsEntry("appraiseBy", "2026-03-12")
                .containsEntry("assignee", "snv-user");

        clock.set(LocalDate.of(2026, 3, 9));
        assertThat(scanner.scan().emitted()).isEqualTo(1);
        assertThat(scanner.scan().emitted()).as("each notice once").isZero();
        assertThat(lastPayload(outbox(id), "dossier-sla-due")).containsEntry("clock", "APPRAISAL")
                .containsEntry("dueDate", "2026-03-12").containsEntry("workingDaysLeft", 3);

        clock.set(LocalDate.of(2026, 3, 10));
        String check = mvc.perform(get(DOSSIERS + "/" + id + "/eligibility").with(snv())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        boolean engineEligible = JsonPath.read(check, "$.eligible");
        transition(snv(), id, "appraisal", "{}").andExpect(status(200));
        String appraised = read(id);
        assertThat((String) JsonPath.read(appraised, "$.status"))
                .isEqualTo(engineEligible ? "APPRAISED_ELIGIBLE" : "APPRAISED_NOT_ELIGIBLE");
        Map<String, Object> event = lastPayload(outbox(id), "dossier-appraised");
        assertThat((String) event.get("ruleSetId")).isNotBlank();
        List<Map<String, Object>> results = (List<Map<String, Object>>) event.get("ruleResults");
        assertThat(results).isNotEmpty().allSatisfy(r -> assertThat((String) r.get("citation")).isNotBlank());
        assertThat(results).extracting(r -> r.get("ruleId")).contains("R-CSCS-01", "R-GEN-05", "R-DOS-01");

        List<OutboxEntry> all = outbox(id);
        assertThat(all).extracting(e -> e.type().replace("tdkt.nomination.", "").replace(".v1", ""))
                .containsExactly("dossier-submitted", "dossier-returned", "dossier-resubmitted", "dossier-assigned",
                        "dossier-sla-due", "dossier-appraised");
        assertThat(all).extracting(OutboxEntry::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    }
}
