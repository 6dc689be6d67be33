package vn.tdkt.reporting;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.tdkt.platformtest.security.TestTokens;
import vn.tdkt.reporting.support.Events;
import vn.tdkt.reporting.support.ReportingTest;

/**
 * Every endpoint × (own unit, other unit, lower role, anonymous), plus the province-wide readers where they differ.
 * The "unit" caller is an officer of Sở Giáo dục (SGDDT), which heads its own cluster; Sở Y tế (SYT) is the other
 * unit, heading another cluster. Each case runs on freshly seeded data.
 */
class SecurityMatrixTest extends ReportingTest {

    static final RequestPostProcessor ANONYMOUS = request -> request;
    static final RequestPostProcessor OWN = TestTokens.unitOfficer("SGDDT");
    static final RequestPostProcessor NO_ROLE = TestTokens.noRole("SGDDT");
    /** A member of SGDDT's cluster who is not its head. */
    static final RequestPostProcessor MEMBER = TestTokens.unitOfficer("SNV");
    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes();

    /** Ids created by the seed, for the paths. */
    record Ids(String ownObligation, String otherObligation, String ownDuty, String otherDuty, String ownOpenDuty,
            String otherOpenDuty, String ownSubmission, String otherSubmission, String ownSheet, String otherSheet) {
    }

    private Ids ids;

    @BeforeEach
    void twoUnitsWithTheirTasksReportsAndClusters() throws Exception {
        clock.set(LocalDate.of(2026, 6, 10));
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

    private static AbstractMockHttpServletRequestBuilder<?> json(AbstractMockHttpServletRequestBuilder<?> request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static AbstractMockHttpServletRequestBuilder<?> upload(String dutyId) {
        return multipart("/api/v1/report-submissions")
                .file(new MockMultipartFile("file", "bc.pdf", "application/pdf", PDF)).param("dutyId", dutyId);
    }

    /** endpoint, caller, token, request, expected status */
    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        // reads scoped by unit: own 200, another unit's 404, no role 403, anonymous 401; province readers 200
        List<Object[]> reads = List.of(
                read("dashboard summary", i -> get("/api/v1/dashboard/summary"),
                        i -> get("/api/v1/dashboard/summary").param("unit", "SYT")),
                read("task list", i -> get("/api/v1/tasks"), i -> get("/api/v1/tasks").param("unit", "SYT")),
                read("task", i -> get("/api/v1/tasks/t-own"), i -> get("/api/v1/tasks/t-other")),
                read("dossier view", i -> get("/api/v1/dossier-views/d-own"), i -> get("/api/v1/dossier-views/d-other")),
                read("obligation", i -> get("/api/v1/report-obligations/" + i.ownObligation()),
                        i -> get("/api/v1/report-obligations/" + i.otherObligation())),
                read("duty list", i -> get("/api/v1/report-duties"),
                        i -> get("/api/v1/report-duties").param("unit", "SYT")),
                read("duty", i -> get("/api/v1/report-duties/" + i.ownDuty()),
                        i -> get("/api/v1/report-duties/" + i.otherDuty())),
                read("compliance", i -> get("/api/v1/report-compliance"),
                        i -> get("/api/v1/report-compliance").param("unit", "SYT")),
                read("submission list", i -> get("/api/v1/report-submissions").param("dutyId", i.ownDuty()),
                        i -> get("/api/v1/report-submissions").param("dutyId", i.otherDuty())),
                read("submission", i -> get("/api/v1/report-submissions/" + i.ownSubmission()),
                        i -> get("/api/v1/report-submissions/" + i.otherSubmission())),
                read("submission file", i -> get("/api/v1/report-submissions/" + i.ownSubmission() + "/file"),
                        i -> get("/api/v1/report-submissions/" + i.otherSubmission() + "/file")),
                read("score sheet", i -> get("/api/v1/score-sheets/" + i.ownSheet()),
                        i -> get("/api/v1/score-sheets/" + i.otherSheet())),
                read("cluster ranking", i -> get("/api/v1/cluster-rankings/" + i.otherSheet()),
                        i -> get("/api/v1/cluster-rankings/" + i.otherSheet())),
                read("process metrics", i -> get("/api/v1/process-metrics"),
                        i -> get("/api/v1/process-metrics").param("unit", "SYT")));
        for (Object[] read : reads) {
            String name = (String) read[0];
            @SuppressWarnings("unchecked") Function<Ids, AbstractMockHttpServletRequestBuilder<?>> own =
                    (Function<Ids, AbstractMockHttpServletRequestBuilder<?>>) read[1];
            @SuppressWarnings("unchecked") Function<Ids, AbstractMockHttpServletRequestBuilder<?>> other =
                    (Function<Ids, AbstractMockHttpServletRequestBuilder<?>>) read[2];
            boolean ownVisible = !name.equals("cluster ranking");
            cases.add(Arguments.of(name, "leader", TestTokens.leader(), other, 200));
            cases.add(Arguments.of(name, "SNV officer", TestTokens.snvOfficer(), other, 200));
            cases.add(Arguments.of(name, "council member", TestTokens.councilMember(), other, 200));
            if (ownVisible) {
                cases.add(Arguments.of(name, "own unit", OWN, own, 200));
            }
            cases.add(Arguments.of(name, "other unit", OWN, other, 404));
            cases.add(Arguments.of(name, "no role", NO_ROLE, own, 403));
            cases.add(Arguments.of(name, "anonymous", ANONYMOUS, own, 401));
        }
        // lists without another unit's variant (they are filtered to what the caller may see)
        for (String list : List.of("/api/v1/report-obligations", "/api/v1/report-templates", "/api/v1/score-sheets",
                "/api/v1/cluster-rankings")) {
            cases.add(Arguments.of(list, "own unit", OWN, fn(i -> get(list)), 200));
            cases.add(Arguments.of(list, "no role", NO_ROLE, fn(i -> get(list)), 403));
            cases.add(Arguments.of(list, "anonymous", ANONYMOUS, fn(i -> get(list)), 401));
        }
        // the stream carries no figures: every reader may listen
        cases.add(Arguments.of("stream", "own unit", OWN, fn(i -> get("/api/v1/dashboard/stream")), 200));
        cases.add(Arguments.of("stream", "no role", NO_ROLE, fn(i -> get("/api/v1/dashboard/stream")), 403));
        cases.add(Arguments.of("stream", "anonymous", ANONYMOUS, fn(i -> get("/api/v1/dashboard/stream")), 401));
        // submissions: a unit submits its own duty only
        cases.add(Arguments.of("submit", "own unit", OWN, fn(i -> upload(i.ownOpenDuty())), 201));
        cases.add(Arguments.of("submit", "other unit", OWN, fn(i -> upload(i.otherOpenDuty())), 404));
        cases.add(Arguments.of("submit", "leader", TestTokens.leader(), fn(i -> upload(i.ownOpenDuty())), 403));
        cases.add(Arguments.of("submit", "no role", NO_ROLE, fn(i -> upload(i.ownOpenDuty())), 403));
        cases.add(Arguments.of("submit", "anonymous", ANONYMOUS, fn(i -> upload(i.ownOpenDuty())), 401));
        // Sở Nội vụ only: define obligations, return submissions
        String define = "{\"title\":\"Báo cáo năm\",\"kind\":\"ANNUAL\",\"period\":\"2026\",\"dueDate\":"
                + "\"2026-12-10\",\"units\":[\"SGDDT\"],\"templateCode\":\"TONG_KET_NAM\"}";
        Function<Ids, AbstractMockHttpServletRequestBuilder<?>> defineRequest = i -> json(post("/api/v1/report-obligations"),
                define);
        cases.add(Arguments.of("define obligation", "SNV officer", TestTokens.snvOfficer(), defineRequest, 201));
        cases.add(Arguments.of("define obligation", "own unit (lower role)", OWN, defineRequest, 403));
        cases.add(Arguments.of("define obligation", "anonymous", ANONYMOUS, defineRequest, 401));
        String reasons = "{\"reasons\":[\"Thiếu số liệu\"]}";
        cases.add(Arguments.of("return submission", "SNV officer", TestTokens.snvOfficer(),
                fn(i -> json(post("/api/v1/report-submissions/" + i.ownSubmission() + "/return"), reasons)), 200));
        cases.add(Arguments.of("return submission", "own unit (lower role)", OWN,
                fn(i -> json(post("/api/v1/report-submissions/" + i.ownSubmission() + "/return"), reasons)), 403));
        cases.add(Arguments.of("return submission", "other unit", OWN,
                fn(i -> json(post("/api/v1/report-submissions/" + i.otherSubmission() + "/return"), reasons)), 403));
        cases.add(Arguments.of("return submission", "anonymous", ANONYMOUS,
                fn(i -> json(post("/api/v1/report-submissions/" + i.ownSubmission() + "/return"), reasons)), 401));
        // score sheets: the cluster head (or SNV) runs its sheet; a member cross-scores; others do not see it
        String open = "{\"clusterId\":\"%s\"}";
        cases.add(Arguments.of("open sheet", "own unit (head)", OWN,
                fn(i -> json(post("/api/v1/score-sheets"), open.formatted("c-own-new"))), 201));
        cases.add(Arguments.of("open sheet", "other unit", OWN,
                fn(i -> json(post("/api/v1/score-sheets"), open.formatted("c-other-new"))), 400));
        cases.add(Arguments.of("open sheet", "member, not head", MEMBER,
                fn(i -> json(post("/api/v1/score-sheets"), open.formatted("c-own-new"))), 403));
        cases.add(Arguments.of("open sheet", "anonymous", ANONYMOUS,
                fn(i -> json(post("/api/v1/score-sheets"), open.formatted("c-own-new"))), 401));
        String score = "{\"unitCode\":\"SNV\",\"criterionCode\":\"REFORM_DIGITAL\",\"score\":10,"
                + "\"justification\":\"Kết quả kiểm tra\"}";
        String cross = "{\"unitCode\":\"SNV\",\"criterionCode\":\"CROSS_REVIEW\",\"score\":12}";
        String ratio = "{\"womenRatio\":0.7}";
        String criteria = "[{\"code\":\"ALL\",\"title\":\"Tổng hợp\",\"weight\":100,\"source\":\"MANUAL\"}]";
        List<Object[]> headCommands = List.of(
                new Object[] {"set criteria", (Function<String, AbstractMockHttpServletRequestBuilder<?>>)
                        s -> json(put("/api/v1/score-sheets/" + s + "/criteria"), criteria)},
                new Object[] {"automatic scores", (Function<String, AbstractMockHttpServletRequestBuilder<?>>)
                        s -> post("/api/v1/score-sheets/" + s + "/automatic-scores")},
                new Object[] {"manual score", (Function<String, AbstractMockHttpServletRequestBuilder<?>>)
                        s -> json(put("/api/v1/score-sheets/" + s + "/scores"), score)},
                new Object[] {"women ratio", (Function<String, AbstractMockHttpServletRequestBuilder<?>>)
                        s -> json(put("/api/v1/score-sheets/" + s + "/members/SNV/women-ratio"), ratio)},
                new Object[] {"rank", (Function<String, AbstractMockHttpServletRequestBuilder<?>>)
                        s -> post("/api/v1/score-sheets/" + s + "/rank")});
        for (Object[] command : headCommands) {
            String name = (String) command[0];
            @SuppressWarnings("unchecked") Function<String, AbstractMockHttpServletRequestBuilder<?>> request =
                    (Function<String, AbstractMockHttpServletRequestBuilder<?>>) command[1];
            cases.add(Arguments.of(name, "own unit (head)", OWN, fn(i -> request.apply(i.ownSheet())), 200));
            cases.add(Arguments.of(name, "SNV officer", TestTokens.snvOfficer(),
                    fn(i -> request.apply(i.ownSheet())), 200));
            cases.add(Arguments.of(name, "other unit", OWN, fn(i -> request.apply(i.otherSheet())), 404));
            cases.add(Arguments.of(name, "member, not head", MEMBER, fn(i -> request.apply(i.ownSheet())), 403));
            cases.add(Arguments.of(name, "anonymous", ANONYMOUS, fn(i -> request.apply(i.ownSheet())), 401));
        }
        cases.add(Arguments.of("reopen", "SNV officer", TestTokens.snvOfficer(),
                fn(i -> post("/api/v1/score-sheets/" + i.otherSheet() + "/reopen")), 200));
        cases.add(Arguments.of("reopen", "other unit", OWN,
                fn(i -> post("/api/v1/score-sheets/" + i.otherSheet() + "/reopen")), 404));
        cases.add(Arguments.of("reopen", "anonymous", ANONYMOUS,
                fn(i -> post("/api/v1/score-sheets/" + i.otherSheet() + "/reopen")), 401));
        cases.add(Arguments.of("cross score", "own unit (member)", OWN,
                fn(i -> json(post("/api/v1/score-sheets/" + i.ownSheet() + "/cross-scores"), cross)), 200));
        cases.add(Arguments.of("cross score", "other unit", OWN,
                fn(i -> json(post("/api/v1/score-sheets/" + i.otherSheet() + "/cross-scores"), cross)), 404));
        cases.add(Arguments.of("cross score", "SNV officer (not a member)", TestTokens.snvOfficer(),
                fn(i -> json(post("/api/v1/score-sheets/" + i.ownSheet() + "/cross-scores"), cross)), 403));
        cases.add(Arguments.of("cross score", "no role", NO_ROLE,
                fn(i -> json(post("/api/v1/score-sheets/" + i.ownSheet() + "/cross-scores"), cross)), 403));
        cases.add(Arguments.of("cross score", "anonymous", ANONYMOUS,
                fn(i -> json(post("/api/v1/score-sheets/" + i.ownSheet() + "/cross-scores"), cross)), 401));
        // statistics are the province's report
        for (String path : List.of("/api/v1/statistics/forms", "/api/v1/statistics/forms/0601")) {
            Function<Ids, AbstractMockHttpServletRequestBuilder<?>> request = i -> get(path).param("year", "2026");
            cases.add(Arguments.of(path, "SNV officer", TestTokens.snvOfficer(), request, 200));
            cases.add(Arguments.of(path, "leader", TestTokens.leader(), request, 200));
            cases.add(Arguments.of(path, "own unit (lower role)", OWN, request, 403));
            cases.add(Arguments.of(path, "anonymous", ANONYMOUS, request, 401));
        }
        // the page, its assets and the chart library are public: they hold no data
        for (String asset : List.of("/", "/index.html", "/dashboard/app.js", "/dashboard/app.css",
                "/_static/echarts/6.0.0/dist/echarts.min.js")) {
            cases.add(Arguments.of("page " + asset, "anonymous", ANONYMOUS, fn(i -> get(asset)), 200));
        }
        cases.add(Arguments.of("actuator metrics", "anonymous", ANONYMOUS, fn(i -> get("/actuator/metrics")), 401));
        return cases.stream();
    }

    private static Object[] read(String name, Function<Ids, AbstractMockHttpServletRequestBuilder<?>> own,
            Function<Ids, AbstractMockHttpServletRequestBuilder<?>> other) {
        return new Object[] {name, own, other};
    }

    private static Function<Ids, AbstractMockHttpServletRequestBuilder<?>> fn(Function<Ids, AbstractMockHttpServletRequestBuilder<?>> f) {
        return f;
    }

    @ParameterizedTest(name = "{0} as {1} -> {4}")
    @MethodSource("matrix")
    void accessFollowsRoleAndUnit(String endpoint, String caller, RequestPostProcessor auth,
            Function<Ids, AbstractMockHttpServletRequestBuilder<?>> request, int expected) throws Exception {
        mvc.perform(request.apply(ids).with(auth)).andExpect(status().is(expected));
    }
}
