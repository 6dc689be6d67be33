package vn.tdkt.plan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.tdkt.contracts.EventType;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.platformtest.time.MutableClock;
import vn.tdkt.plan.support.Outbox;
import vn.tdkt.plan.support.PlanJson;
import vn.tdkt.platformtest.service.ServiceTest;
import vn.tdkt.platform.outbox.OutboxEntry;
import vn.tdkt.platformtest.contracts.ContractSchemas;
import vn.tdkt.platformtest.security.TestTokens;

class PlanFlowTest extends ServiceTest {


    @BeforeEach
    void at() {
        clock.set(LocalDate.of(2025, 1, 3));
    }

    String create(String body) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/plans").with(TestTokens.snvOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(header().exists("ETag")).andReturn();
        return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
    }

    @Test
    void draft_then_publish_makes_live_tasks_and_emits_valid_events() throws Exception {
        // given a draft with a recurring duty ("Hàng quý" → 4 tasks) and an ongoing one
        String id = create(PlanJson.standardPlan("01/KH-UBND"));
        mvc.perform(get("/api/v1/plans/" + id).with(TestTokens.snvOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.statusLabel").value("Dự thảo"))
                .andExpect(jsonPath("$.tasks.length()").value(8))
                .andExpect(jsonPath("$.tasks[0].dueDate").value("2025-01-31"))
                .andExpect(jsonPath("$.tasks[1].dueDate").value("2025-06-30"))
                .andExpect(jsonPath("$.tasks[2].dueDate").value("2025-09-30"))
                .andExpect(jsonPath("$.tasks[2].periodKind").value("QUARTER"))
                .andExpect(jsonPath("$.tasks[6].dueDate").value("2025-12-31"))
                .andExpect(jsonPath("$.tasks[7].dueDate").doesNotExist());
        // a unit officer does not see drafts
        mvc.perform(get("/api/v1/plans/" + id).with(TestTokens.unitOfficer("SGDDT"))).andExpect(status().isNotFound());

        // when it is published
        mvc.perform(post("/api/v1/plans/" + id + "/publish").with(TestTokens.snvOfficer()).header("If-Match", "\"0\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.taskSyncPending").value(false));

        // then every task is a live aggregate and the events match their contracts
        mvc.perform(get("/api/v1/tasks?planId=" + id + "&size=100").with(TestTokens.snvOfficer()))
                .andExpect(jsonPath("$.total").value(8));
        assertThat(Outbox.ofSubject(mongo, EventTypes.PLAN_PUBLISHED, id)).hasSize(1);
        List<OutboxEntry> assigned = Outbox.of(mongo, EventTypes.TASK_ASSIGNED).stream()
                .filter(e -> e.payload().contains(id)).toList();
        // lead + coordinators: 2 + 3 + 2 + 4×1 + 1
        assertThat(assigned).hasSize(12);
        assertAllValid(EventTypes.PLAN_PUBLISHED, EventTypes.TASK_ASSIGNED, EventTypes.UNIT_REGISTERED);
        // the published plan is immutable
        mvc.perform(put("/api/v1/plans/" + id).with(TestTokens.snvOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content(PlanJson.standardPlan("01/KH-UBND")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("plan.not-draft"));
        // and now visible to units
        mvc.perform(get("/api/v1/plans/" + id).with(TestTokens.unitOfficer("SGDDT"))).andExpect(status().isOk());
    }

    @Test
    void unit_officers_see_only_tasks_of_their_unit() throws Exception {
        String id = create(PlanJson.standardPlan("02/KH-UBND"));
        mvc.perform(post("/api/v1/plans/" + id + "/publish").with(TestTokens.snvOfficer())).andExpect(status().isOk());
        MvcResult sgddt = mvc.perform(get("/api/v1/tasks?planId=" + id).with(TestTokens.unitOfficer("SGDDT")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(2)).andReturn();
        String foreign = JsonPath.read(mvc.perform(get("/api/v1/tasks?planId=" + id + "&unit=VPUBND")
                .with(TestTokens.snvOfficer())).andReturn().getResponse().getContentAsString(), "$.items[0].id");
        mvc.perform(get("/api/v1/tasks/" + foreign).with(TestTokens.unitOfficer("SGDDT"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tasks?planId=" + id + "&unit=SNV").with(TestTokens.unitOfficer("SGDDT")))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/tasks?planId=" + id + "&quarter=2025-Q3").with(TestTokens.unitOfficer("SGDDT")))
                .andExpect(jsonPath("$.total").value(1));
        assertThat(sgddt.getResponse().getContentAsString()).contains("Trong quý III");
    }

    @Test
    void complete_cancel_and_move_due_date() throws Exception {
        String id = create(PlanJson.standardPlan("03/KH-UBND"));
        mvc.perform(post("/api/v1/plans/" + id + "/publish").with(TestTokens.snvOfficer())).andExpect(status().isOk());
        String body = mvc.perform(get("/api/v1/tasks?planId=" + id + "&size=100").with(TestTokens.snvOfficer()))
                .andReturn().getResponse().getContentAsString();
        String training = JsonPath.<List<String>>read(body, "$.items[?(@.leadUnit=='SGDDT')].id").get(0);
        String report = JsonPath.<List<String>>read(body, "$.items[?(@.period.text=='6/2025')].id").get(0);

        // a coordinator cannot complete; the lead unit can
        mvc.perform(post("/api/v1/tasks/" + training + "/complete").with(TestTokens.unitOfficer("SYT"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"EVENT\"}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/tasks/" + training + "/complete").with(TestTokens.unitOfficer("SGDDT"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"EVENT\",\"reference\":\"Hội nghị 15/9\",\"note\":\"120 học viên\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.statusLabel").value("Đã hoàn thành"));
        mvc.perform(post("/api/v1/tasks/" + training + "/cancel").with(TestTokens.snvOfficer()))
                .andExpect(status().isConflict());

        // moving a due date needs the current ETag
        MvcResult current = mvc.perform(get("/api/v1/tasks/" + report).with(TestTokens.snvOfficer())).andReturn();
        String etag = current.getResponse().getHeader("ETag");
        mvc.perform(put("/api/v1/tasks/" + report + "/due-date").with(TestTokens.snvOfficer()).header("If-Match", "\"99\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"dueDate\":\"2025-07-10\"}"))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(put("/api/v1/tasks/" + report + "/due-date").with(TestTokens.snvOfficer()).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"dueDate\":\"2025-07-10\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.dueDate").value("2025-07-10"));
        // lifecycle actions honour If-Match too: the ETag read before the due-date change is stale now
        mvc.perform(post("/api/v1/tasks/" + report + "/cancel").with(TestTokens.snvOfficer()).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Gộp vào báo cáo năm\"}"))
                .andExpect(status().isPreconditionFailed());
        String fresh = mvc.perform(get("/api/v1/tasks/" + report).with(TestTokens.snvOfficer())).andReturn()
                .getResponse().getHeader("ETag");
        mvc.perform(post("/api/v1/tasks/" + report + "/cancel").with(TestTokens.snvOfficer()).header("If-Match", fresh)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Gộp vào báo cáo năm\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));

        assertThat(Outbox.ofSubject(mongo, EventTypes.TASK_COMPLETED, training)).hasSize(1);
        assertThat(Outbox.ofSubject(mongo, EventTypes.TASK_UPDATED, report)).hasSize(1);
        assertThat(Outbox.ofSubject(mongo, EventTypes.TASK_CANCELLED, report)).hasSize(1);
        assertAllValid(EventTypes.TASK_COMPLETED, EventTypes.TASK_UPDATED, EventTypes.TASK_CANCELLED);
    }

    @Test
    void amendment_is_a_new_version_with_a_diff() throws Exception {
        String id = create(PlanJson.plan("04/KH-UBND", 2025, PlanJson.tasks(
                PlanJson.task("Nhiệm vụ A", "01/2025", "SNV"),
                PlanJson.task("Nhiệm vụ B", "02/2025", "SNV", "SYT"),
                PlanJson.task("Nhiệm vụ C", "03/2025", "SGDDT"))));
        String published = mvc.perform(post("/api/v1/plans/" + id + "/publish").with(TestTokens.snvOfficer()))
                .andReturn().getResponse().getContentAsString();
        String a = JsonPath.read(published, "$.tasks[0].taskId");
        String b = JsonPath.read(published, "$.tasks[1].taskId");
        String c = JsonPath.read(published, "$.tasks[2].taskId");

        String amendment = PlanJson.plan("04/KH-UBND", 2025, "["
                + "{\"taskId\":\"" + a + "\",\"content\":\"Nhiệm vụ A\",\"periodText\":\"01/2025\",\"leadUnit\":\"SNV\",\"expectedEvidence\":\"REPORT\"},"
                + "{\"taskId\":\"" + b + "\",\"content\":\"Nhiệm vụ B\",\"periodText\":\"04/2025\",\"leadUnit\":\"SNV\",\"coordinatingUnits\":[\"SYT\",\"SGDDT\"],\"expectedEvidence\":\"REPORT\"},"
                + PlanJson.task("Nhiệm vụ D", "Trong quý II", "SYT") + "]").replace("\"tasks\"", "\"reason\":\"Điều chỉnh\",\"tasks\"");
        mvc.perform(post("/api/v1/plans/" + id + "/amendments").with(TestTokens.snvOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content(amendment))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.history.length()").value(2))
                .andExpect(jsonPath("$.history[1].diff.added.length()").value(1))
                .andExpect(jsonPath("$.history[1].diff.removed[0].taskId").value(c))
                .andExpect(jsonPath("$.history[1].diff.changed[0].taskId").value(b))
                .andExpect(jsonPath("$.history[1].diff.changed[0].changedFields[0]").value("periodText"));

        mvc.perform(get("/api/v1/tasks/" + c).with(TestTokens.snvOfficer())).andExpect(jsonPath("$.status").value("CANCELLED"));
        mvc.perform(get("/api/v1/tasks/" + b).with(TestTokens.snvOfficer()))
                .andExpect(jsonPath("$.dueDate").value("2025-04-30")).andExpect(jsonPath("$.planVersion").value(2));
        assertThat(Outbox.ofSubject(mongo, EventTypes.PLAN_AMENDED, id)).hasSize(1);
        assertThat(Outbox.ofSubject(mongo, EventTypes.TASK_UPDATED, b)).hasSize(1);
        // SGDDT newly coordinates B
        assertThat(Outbox.ofSubject(mongo, EventTypes.TASK_ASSIGNED, b)).hasSize(3);
        assertThat(Outbox.ofSubject(mongo, EventTypes.TASK_CANCELLED, c)).hasSize(1);
        assertThat(Outbox.ofSubject(mongo, EventTypes.TASK_UPDATED, a)).isEmpty();
        assertAllValid(EventTypes.PLAN_AMENDED, EventTypes.TASK_UPDATED, EventTypes.TASK_CANCELLED);
    }

    @Test
    void closing_waits_for_year_end() throws Exception {
        String id = create(PlanJson.plan("05/KH-UBND", 2025, PlanJson.tasks(PlanJson.task("Nhiệm vụ", "01/2025", "SNV"))));
        mvc.perform(post("/api/v1/plans/" + id + "/publish").with(TestTokens.snvOfficer())).andExpect(status().isOk());
        mvc.perform(post("/api/v1/plans/" + id + "/close").with(TestTokens.snvOfficer()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("plan.close-too-early"));
        clock.set(LocalDate.of(2025, 12, 15));
        mvc.perform(post("/api/v1/plans/" + id + "/close").with(TestTokens.snvOfficer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
        mvc.perform(get("/api/v1/plans?year=2025").with(TestTokens.leader()))
                .andExpect(jsonPath("$[?(@.id=='" + id + "')].status").value("CLOSED"));
    }

    @Test
    void a_unit_officer_writes_its_own_units_implementing_plan_and_nothing_else() throws Exception {
        String annual = create(PlanJson.standardPlan("08/KH-UBND"));
        mvc.perform(post("/api/v1/plans/" + annual + "/publish").with(TestTokens.snvOfficer())).andExpect(status().isOk());
        String own = PlanJson.plan("15/KH-VPUBND", 2025, PlanJson.tasks(
                        PlanJson.task("Triển khai kế hoạch thi đua của Văn phòng", "02/2025", "VPUBND", "TTTT"),
                        PlanJson.task("Báo cáo kết quả thi đua của Trung tâm", "11/2025", "TTTT")))
                .replace("\"issuerUnit\":\"UBND\"", "\"issuerUnit\":\"VPUBND\"")
                .replace("\"kind\":\"ANNUAL\"", "\"kind\":\"IMPLEMENTING\",\"parentPlanId\":\"" + annual + "\"");
        RequestPostProcessor office = TestTokens.unitOfficer("VPUBND");

        // not another kind of plan, not for another unit, not tasks outside the unit
        mvc.perform(post("/api/v1/plans").with(office).contentType(MediaType.APPLICATION_JSON)
                .content(own.replace("\"kind\":\"IMPLEMENTING\"", "\"kind\":\"ANNUAL\""))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/plans").with(TestTokens.unitOfficer("SGDDT")).contentType(MediaType.APPLICATION_JSON)
                .content(own)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/plans").with(office).contentType(MediaType.APPLICATION_JSON)
                        .content(own.replace("\"leadUnit\":\"TTTT\"", "\"leadUnit\":\"SYT\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("plan.task-unit-outside-issuer"));

        // its own implementing plan: a draft only the unit (and Sở Nội vụ) sees, then published by the unit
        String id = JsonPath.read(mvc.perform(post("/api/v1/plans").with(office).contentType(MediaType.APPLICATION_JSON)
                .content(own)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(get("/api/v1/plans/" + id).with(office)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/plans/" + id).with(TestTokens.unitOfficer("SGDDT"))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/plans/" + annual + "/close").with(office)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/plans/" + id + "/publish").with(office))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));
        mvc.perform(get("/api/v1/plans/" + id).with(TestTokens.unitOfficer("SGDDT"))).andExpect(status().isOk());
        String tasks = mvc.perform(get("/api/v1/tasks?planId=" + id).with(TestTokens.unitOfficer("TTTT")))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Integer>read(tasks, "$.total")).isEqualTo(2);
    }

    @Test
    void task_pages_are_capped_and_bad_paging_is_a_problem() throws Exception {
        mvc.perform(get("/api/v1/tasks?size=500").with(TestTokens.snvOfficer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.size").value(100)).andExpect(jsonPath("$.page").value(0));
        mvc.perform(get("/api/v1/tasks").with(TestTokens.snvOfficer())).andExpect(jsonPath("$.size").value(20));
        mvc.perform(get("/api/v1/tasks?page=-1").with(TestTokens.snvOfficer()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("page.invalid"));
        mvc.perform(get("/api/v1/tasks?size=0").with(TestTokens.snvOfficer()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("page.invalid"));
    }

    @Test
    void idempotency_key_replays_the_first_creation() throws Exception {
        String body = PlanJson.plan("06/KH-UBND", 2025, PlanJson.tasks(PlanJson.task("Nhiệm vụ", "01/2025", "SNV")));
        MvcResult first = mvc.perform(post("/api/v1/plans").with(TestTokens.snvOfficer()).header("Idempotency-Key", "k-1")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()).andReturn();
        MvcResult again = mvc.perform(post("/api/v1/plans").with(TestTokens.snvOfficer()).header("Idempotency-Key", "k-1")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(header().string("Idempotent-Replayed", "true")).andReturn();
        assertThat(again.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        long count = mvc.perform(get("/api/v1/plans?year=2025").with(TestTokens.snvOfficer())).andReturn().getResponse()
                .getContentAsString().split("06/KH-UBND", -1).length - 1;
        assertThat(count).isEqualTo(1);
        mvc.perform(post("/api/v1/plans").with(TestTokens.snvOfficer()).header("Idempotency-Key", "k-1")
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace("06/KH", "07/KH")))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void unknown_units_are_refused() throws Exception {
        mvc.perform(post("/api/v1/plans").with(TestTokens.snvOfficer()).contentType(MediaType.APPLICATION_JSON)
                        .content(PlanJson.plan("08/KH-UBND", 2025, PlanJson.tasks(PlanJson.task("X", "01/2025", "NOPE")))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("unit.unknown"));
    }

    private void assertAllValid(EventType... types) {
        for (EventType type : types) {
            List<OutboxEntry> entries = Outbox.of(mongo, type);
            assertThat(entries).as("%s entries", type).isNotEmpty();
            entries.forEach(entry -> ContractSchemas.assertValid(type, entry.payload()));
        }
    }
}
