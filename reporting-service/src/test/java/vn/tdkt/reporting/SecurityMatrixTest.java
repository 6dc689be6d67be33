package vn.tdkt.reporting;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.ANONYMOUS;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.COUNCIL_MEMBER;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.JSON;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.LEADER;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.SNV;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.endpoint;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.noRole;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.rows;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.unitOfficer;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import vn.tdkt.platformtest.matrix.SecurityMatrix.Caller;
import vn.tdkt.platformtest.matrix.SecurityMatrix.Row;
import vn.tdkt.platformtest.security.TestTokens;
import vn.tdkt.reporting.support.Events;
import vn.tdkt.reporting.support.ReportingTest;

/**
 * Every endpoint × (own unit, other unit, lower role, anonymous), plus the province-wide readers where they differ.
 * The "unit" caller is an officer of Sở Giáo dục (SGDDT), which heads its own cluster; Sở Y tế (SYT) is the other
 * unit, heading another cluster. Each case runs on freshly seeded data.
 */
class SecurityMatrixTest extends ReportingTest {

    static final Caller OWN = unitOfficer("own unit", "SGDDT");
    /** SGDDT heads its own cluster. */
    static final Caller HEAD = unitOfficer("own unit (head)", "SGDDT");
    /** SGDDT's officer, asking for SYT's resource. */
    static final Caller OTHER = unitOfficer("other unit", "SGDDT");
    static final Caller NO_ROLE = noRole("SGDDT");
    /** A member of SGDDT's cluster who is not its head. */
    static final Caller MEMBER = unitOfficer("member, not head", "SNV");
    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes();

    /** Ids created by the seed, put in for the placeholders of the paths ({@code {ownDuty}}). */
    record Ids(String ownObligation, String otherObligation, String ownDuty, String otherDuty, String ownOpenDuty,
            String otherOpenDuty, String ownSubmission, String otherSubmission, String ownSheet, String otherSheet) {

        String put(String text) {
            return text.replace("{ownObligation}", ownObligation).replace("{otherObligation}", otherObligation)
                    .replace("{ownDuty}", ownDuty).replace("{otherDuty}", otherDuty)
                    .replace("{ownOpenDuty}", ownOpenDuty).replace("{otherOpenDuty}", otherOpenDuty)
                    .replace("{ownSubmission}", ownSubmission).replace("{otherSubmission}", otherSubmission)
                    .replace("{ownSheet}", ownSheet).replace("{otherSheet}", otherSheet);
        }
    }

    private Ids ids;

    @BeforeEach
    void twoUnitsWithTheirTasksReportsAndClusters() throws Exception {
        clock.set(LocalDate.of(2026, 6, 10));
        unitsRegistered("SGDDT", "SYT");
        plan(Events.message(Events.planPublished(Events.PLAN_ID, "02/KH-UBND",
                Events.task("t-own", "SGDDT", "2026-06-30", "Nhiệm vụ của Sở Giáo dục"),
                Events.task("t-other", "SYT", "2026-06-30", "Nhiệm vụ của Sở Y tế")), 1));
        nominationEvents.accept(Events.message(Events.dossierSubmitted("d-own", "SGDDT", "GIAY_KHEN", "2026-06-01T02:00:00Z"), 1));
        nominationEvents.accept(Events.message(Events.dossierSubmitted("d-other", "SYT", "GIAY_KHEN", "2026-06-01T02:00:00Z"), 1));
        String ownObligation = obligation("[\"SGDDT\"]");
        String otherObligation = obligation("[\"SYT\"]");
        String shared = obligation("[\"SGDDT\",\"SYT\"]");
        String ownDuty = duty(ownObligation, "SGDDT");
        String otherDuty = duty(otherObligation, "SYT");
        String ownSubmission = submit(ownDuty, "SGDDT");
        String otherSubmission = submit(otherDuty, "SYT");
        plan(Events.message(Events.cluster("c-own", "KHOI-GD", 2026, "SGDDT", "SNV"), 1));
        plan(Events.message(Events.cluster("c-other", "KHOI-YT", 2026, "SYT", "SVHTTDL"), 1));
        plan(Events.message(Events.cluster("c-own-new", "KHOI-GD2", 2026, "SGDDT", "SNV"), 1));
        plan(Events.message(Events.cluster("c-other-new", "KHOI-YT2", 2026, "SYT", "SVHTTDL"), 1));
        String ownSheet = sheet("c-own");
        String otherSheet = sheet("c-other");
        mvc.perform(post("/api/v1/score-sheets/" + otherSheet + "/rank").with(TestTokens.snvOfficer()))
                .andExpect(status().isOk());
        ids = new Ids(ownObligation, otherObligation, ownDuty, otherDuty, duty(shared, "SGDDT"), duty(shared, "SYT"),
                ownSubmission, otherSubmission, ownSheet, otherSheet);
    }

    private String obligation(String units) throws Exception {
        String body = mvc.perform(post("/api/v1/report-obligations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Báo cáo chuyên đề\",\"kind\":\"THEMATIC\",\"period\":\"2026-Q2\","
                                + "\"dueDate\":\"2026-06-30\",\"units\":" + units
                                + ",\"templateCode\":\"BAO_CAO_NHIEM_VU\"}")
                        .with(TestTokens.snvOfficer()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private String duty(String obligationId, String unit) throws Exception {
        String body = mvc.perform(get("/api/v1/report-duties").param("obligationId", obligationId)
                .with(TestTokens.unitOfficer(unit))).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$[0].id");
    }

    private String submit(String dutyId, String unit) throws Exception {
        String body = mvc.perform(multipart("/api/v1/report-submissions")
                        .file(new MockMultipartFile("file", "bc.pdf", "application/pdf", PDF)).param("dutyId", dutyId)
                        .with(TestTokens.unitOfficer(unit)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private String sheet(String clusterId) throws Exception {
        String body = mvc.perform(post("/api/v1/score-sheets").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"clusterId\":\"" + clusterId + "\"}").with(TestTokens.snvOfficer()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private static AbstractMockHttpServletRequestBuilder<?> upload(String dutyId) {
        return multipart("/api/v1/report-submissions")
                .file(new MockMultipartFile("file", "bc.pdf", "application/pdf", PDF)).param("dutyId", dutyId);
    }

    static Stream<Row> matrix() {
        String define = "{\"title\":\"Báo cáo năm\",\"kind\":\"ANNUAL\",\"period\":\"2026\",\"dueDate\":"
                + "\"2026-12-10\",\"units\":[\"SGDDT\"],\"templateCode\":\"TONG_KET_NAM\"}";
        String reasons = "{\"reasons\":[\"Thiếu số liệu\"]}";
        String open = "{\"clusterId\":\"%s\"}";
        String score = "{\"unitCode\":\"SNV\",\"criterionCode\":\"REFORM_DIGITAL\",\"score\":10,"
                + "\"justification\":\"Kết quả kiểm tra\"}";
        String cross = "{\"unitCode\":\"SNV\",\"criterionCode\":\"CROSS_REVIEW\",\"score\":12}";
        String criteria = "[{\"code\":\"ALL\",\"title\":\"Tổng hợp\",\"weight\":100,\"source\":\"MANUAL\"}]";
        String sheets = "/api/v1/score-sheets/";
        return rows(
                // reads scoped by unit: own 200, another unit's 404, no role 403, anonymous 401; province readers 200
                read("dashboard summary", "/api/v1/dashboard/summary", "/api/v1/dashboard/summary?unit=SYT"),
                read("task list", "/api/v1/tasks", "/api/v1/tasks?unit=SYT"),
                read("task", "/api/v1/tasks/t-own", "/api/v1/tasks/t-other"),
                read("dossier view", "/api/v1/dossier-views/d-own", "/api/v1/dossier-views/d-other"),
                read("obligation", "/api/v1/report-obligations/{ownObligation}",
                        "/api/v1/report-obligations/{otherObligation}"),
                read("duty list", "/api/v1/report-duties", "/api/v1/report-duties?unit=SYT"),
                read("duty", "/api/v1/report-duties/{ownDuty}", "/api/v1/report-duties/{otherDuty}"),
                read("compliance", "/api/v1/report-compliance", "/api/v1/report-compliance?unit=SYT"),
                read("submission list", "/api/v1/report-submissions?dutyId={ownDuty}",
                        "/api/v1/report-submissions?dutyId={otherDuty}"),
                read("submission", "/api/v1/report-submissions/{ownSubmission}",
                        "/api/v1/report-submissions/{otherSubmission}"),
                read("submission file", "/api/v1/report-submissions/{ownSubmission}/file",
                        "/api/v1/report-submissions/{otherSubmission}/file"),
                read("score sheet", sheets + "{ownSheet}", sheets + "{otherSheet}"),
                read("process metrics", "/api/v1/process-metrics", "/api/v1/process-metrics?unit=SYT"),
                // the ranked sheet is the other cluster's (the own sheet is not ranked): no own-unit read
                endpoint("cluster ranking", GET, "/api/v1/cluster-rankings/{otherSheet}", NO_ROLE, 403),
                endpoint("cluster ranking of another unit", GET, "/api/v1/cluster-rankings/{otherSheet}", LEADER, 200,
                        SNV, 200, COUNCIL_MEMBER, 200, OTHER, 404),
                // lists without another unit's variant (they are filtered to what the caller may see)
                endpoint("obligations", GET, "/api/v1/report-obligations", OWN, 200, NO_ROLE, 403),
                endpoint("templates", GET, "/api/v1/report-templates", OWN, 200, NO_ROLE, 403),
                endpoint("score sheets", GET, "/api/v1/score-sheets", OWN, 200, NO_ROLE, 403),
                endpoint("cluster rankings", GET, "/api/v1/cluster-rankings", OWN, 200, NO_ROLE, 403),
                // the stream carries no figures: every reader may listen
                endpoint("stream", GET, "/api/v1/dashboard/stream", OWN, 200, NO_ROLE, 403),
                // submissions: a unit submits its own duty only
                endpoint("submit", ids -> upload(ids.apply("{ownOpenDuty}")), OWN, 201, LEADER, 403, NO_ROLE, 403),
                endpoint("submit another unit's duty", ids -> upload(ids.apply("{otherOpenDuty}")), OTHER, 404),
                // Sở Nội vụ only: define obligations, return submissions
                endpoint("define obligation", POST, "/api/v1/report-obligations", JSON, define, SNV, 201, OWN, 403),
                endpoint("return submission", POST, "/api/v1/report-submissions/{ownSubmission}/return", JSON,
                        reasons, SNV, 200, OWN, 403),
                endpoint("return another unit's submission", POST,
                        "/api/v1/report-submissions/{otherSubmission}/return", JSON, reasons, OTHER, 403),
                // score sheets: the cluster head (or SNV) runs its sheet; a member cross-scores; others do not see it
                endpoint("open sheet", POST, "/api/v1/score-sheets", JSON, open.formatted("c-own-new"), HEAD, 201,
                        MEMBER, 403),
                endpoint("open another cluster's sheet", POST, "/api/v1/score-sheets", JSON,
                        open.formatted("c-other-new"), OTHER, 400),
                headCommand("set criteria", PUT, "/criteria", criteria),
                headCommand("automatic scores", POST, "/automatic-scores", null),
                headCommand("manual score", PUT, "/scores", score),
                headCommand("women ratio", PUT, "/members/SNV/women-ratio", "{\"womenRatio\":0.7}"),
                headCommand("rank", POST, "/rank", null),
                endpoint("reopen", POST, sheets + "{otherSheet}/reopen", SNV, 200, OTHER, 404),
                endpoint("cross score", POST, sheets + "{ownSheet}/cross-scores", JSON, cross,
                        unitOfficer("own unit (member)", "SGDDT"), 200, SNV, 403, NO_ROLE, 403),
                endpoint("cross score on another cluster", POST, sheets + "{otherSheet}/cross-scores", JSON, cross,
                        OTHER, 404),
                // statistics are the province's report
                endpoint("statistics forms", GET, "/api/v1/statistics/forms?year=2026", SNV, 200, LEADER, 200,
                        OWN, 403),
                endpoint("statistics form 0601", GET, "/api/v1/statistics/forms/0601?year=2026", SNV, 200, LEADER,
                        200, OWN, 403),
                // the page, its assets and the chart library are public: they hold no data
                Stream.of("/", "/index.html", "/dashboard/app.js", "/dashboard/app.css",
                                "/_static/echarts/6.0.0/dist/echarts.min.js")
                        .flatMap(asset -> endpoint("page " + asset, GET, asset, ANONYMOUS, 200)),
                endpoint("actuator metrics", GET, "/actuator/metrics"));
    }

    /** A read scoped by unit: the own unit's {@code own}; another unit's {@code other}, which province readers see. */
    private static Stream<Row> read(String name, String own, String other) {
        return Stream.concat(endpoint(name, GET, own, OWN, 200, NO_ROLE, 403),
                endpoint(name + " of another unit", GET, other, LEADER, 200, SNV, 200, COUNCIL_MEMBER, 200,
                        OTHER, 404));
    }

    /** A command on a score sheet that its cluster's head (or Sở Nội vụ) gives. */
    private static Stream<Row> headCommand(String name, HttpMethod method, String path, String body) {
        return Stream.concat(endpoint(name, method, "/api/v1/score-sheets/{ownSheet}" + path, JSON, body, HEAD, 200,
                        SNV, 200, MEMBER, 403),
                endpoint(name + " on another cluster", method, "/api/v1/score-sheets/{otherSheet}" + path, JSON, body,
                        OTHER, 404));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void accessFollowsRoleAndUnit(Row row) throws Exception {
        mvc.perform(row.request(ids::put)).andExpect(status().is(row.status()));
    }
}
