package vn.tdkt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import vn.tdkt.localstack.LocalStack;

/**
 * The records the demo data leaves out, made through the APIs by the callers who may make them, so that the hostile
 * walk meets a real record behind more of the operations that change one: a block of units (khối thi đua) and its
 * score sheet, a unit's report for one of its report duties, a unit's webhook subscription, a hold on a person's
 * awards, a proposal batch (đợt đề nghị), this year's reward fund and a plan import waiting for confirmation. The
 * fund, the working-day calendar, plan imports and report submissions have no list to read an id from without a
 * filter, so their year or id is named to {@link RecordIds} directly.
 */
final class WalkRecords {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final LocalStack stack;
    private final int year = LocalDate.now(ZONE).getYear();
    private String planImportId;
    private String submissionId;

    WalkRecords(LocalStack stack) {
        this.stack = stack;
    }

    /** Makes every record; each must be accepted, or the walk would silently cover less. */
    void make(Path planFixture) throws Exception {
        String clusterId = created("cluster", api("plan-service", "snv").post("/api/v1/clusters", Map.of(
                "code", "KHOI-WALK", "name", "Khối kiểm thử các lời gọi xấu", "type", "BLOCK", "year", year,
                "members", List.of(Map.of("unitCode", "SYT", "role", "TRUONG_KHOI"),
                        Map.of("unitCode", "SGDDT", "role", "PHO_KHOI")))));
        // reporting-service opens a sheet once it has heard cluster-formed; the head unit (Sở Y tế) opens it
        Api scoring = api("reporting-service", "syt");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Api.Response opened = scoring.post("/api/v1/score-sheets", Map.of("clusterId", clusterId));
            if (opened.status() != 409) { // 409: an earlier attempt opened it and its answer was lost
                created("score sheet", opened);
            }
        });

        // Sở GD&ĐT reports on one of the duties the demo's plan gave it
        Api reportingAsSgddt = api("reporting-service", "sgddt");
        JsonNode[] duty = new JsonNode[1];
        // reporting-service opens the duties from the demo plan's task events, which may still be on their way
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Api.Response duties = reportingAsSgddt.get("/api/v1/report-duties?unit=SGDDT");
            assertThat(duties.status()).as("report duties: %s", duties.raw()).isEqualTo(200);
            duty[0] = (duties.body().isArray() ? duties.body() : duties.body().path("items")).path(0);
            assertThat(duty[0].isMissingNode()).as("a report duty of SGDDT in the demo data").isFalse();
        });
        submissionId = created("report submission", reportingAsSgddt.postFile("/api/v1/report-submissions",
                "bao-cao.pdf", "application/pdf", Nominations.PDF, Map.of("dutyId", duty[0].path("id").asString()),
                Map.of()));
        awaitTaskClosed(duty[0].path("taskId").asString(""));

        created("webhook", api("notification-service", "sgddt").post("/api/v1/webhooks", Map.of(
                // an event the walk never causes, so the subscription receives nothing while it runs
                "url", "https://tdkt-walk.invalid/hooks", "eventTypes", List.of("dossier-appraised"),
                "description", "Bên nhận của bài kiểm thử các lời gọi xấu")));
        created("hold", api("nomination-service", "snv").post("/api/v1/holds", Map.of(
                "subject", Map.of("nationalId", "001085000777", "unitCode", "SGDDT"),
                "kind", "COMPLAINT", "since", year + "-01-05", "reason", "Đơn tố cáo đang xác minh",
                "sourceDocument", "Danh sách của Thanh tra tỉnh số 12/TTr")));
        created("batch", api("nomination-service", "sgddt").post("/api/v1/batches", Map.of(
                "title", "Tờ trình đề nghị khen thưởng năm học", "reference", "15/TTr-SGDĐT", "year", year)));
        Api.Response fund = api("nomination-service", "snv").put("/api/v1/funds/" + year, Map.of(
                "amount", 2_000_000_000L, "source", "Dự toán ngân sách tỉnh năm " + year), Map.of());
        assertThat(fund.status()).as("fund: %s", fund.raw()).isIn(200, 201);
        planImportId = created("plan import", api("plan-service", "snv").postContent("/api/v1/plan-imports",
                "text/plain; charset=UTF-8", Files.readString(planFixture).getBytes(StandardCharsets.UTF_8)));
    }

    /** Names the records no list shows: this year's fund and calendar, the plan import, the report submission. */
    void name(RecordIds records) {
        records.name("plan-service", "/api/v1/plan-imports", planImportId);
        records.name("reporting-service", "/api/v1/report-submissions", submissionId);
        records.name("nomination-service", "/api/v1/funds", String.valueOf(year));
        records.name("plan-service", "/api/v1/calendar/years", String.valueOf(year));
    }

    /**
     * A report completes its duty's task in plan-service (report-submitted → task-completed → notices): the walk's
     * "nothing changed" reading must not start while that chain still runs.
     */
    private void awaitTaskClosed(String taskId) {
        if (taskId.isBlank()) {
            return;
        }
        Api plan = api("plan-service", "snv");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(plan.get("/api/v1/tasks/" + taskId).body().path("status").asString())
                        .as("the reported task").isIn("DONE", "CANCELLED"));
    }

    private Api api(String service, String client) {
        return new Api(stack.serviceUrl(service), stack.token(client));
    }

    private static String created(String what, Api.Response response) {
        assertThat(response.status()).as("%s: %s", what, response.raw()).isEqualTo(201);
        return response.body().path("id").asString();
    }
}
