package vn.tdkt.plan.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.tdkt.plan.cluster.application.ClusterService;
import vn.tdkt.plan.cluster.domain.Cluster;
import vn.tdkt.plan.cluster.domain.ClusterRole;
import vn.tdkt.plan.cluster.domain.ClusterType;
import vn.tdkt.plan.plan.application.PlanService;
import vn.tdkt.plan.plan.domain.PlanContent;
import vn.tdkt.plan.plan.domain.PlanKind;
import vn.tdkt.platformtest.time.MutableClock;
import vn.tdkt.plan.support.PlanJson;
import vn.tdkt.plan.support.Plans;
import vn.tdkt.platformtest.service.ServiceTest;
import vn.tdkt.platformtest.security.TestTokens;

/**
 * Every endpoint × (own unit, other unit, lower role / no role, anonymous). Fresh fixtures for every row: a plan
 * published with one task led by SGDDT and coordinated by SYT, a draft plan, and a cluster of SGDDT and SYT.
 */
class SecurityMatrixTest extends ServiceTest {

    static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired ApplicationContext context;

    record Case(String name, HttpMethod method, String path, String contentType, String body,
                RequestPostProcessor caller, int status) {
        @Override
        public String toString() {
            return name + " → " + status;
        }
    }

    static final RequestPostProcessor ANONYMOUS = null;
    static final String JSON = "application/json";

    static Case c(String name, HttpMethod method, String path, RequestPostProcessor caller, int status) {
        return new Case(name, method, path, null, null, caller, status);
    }

    static Case c(String name, HttpMethod method, String path, String type, String body, RequestPostProcessor caller,
            int status) {
        return new Case(name, method, path, type, body, caller, status);
    }

    static Stream<Case> matrix() {
        String unitBody = "{\"code\":\"XU%s\",\"name\":\"Xã Mường %s\",\"kind\":\"COMMUNE\",\"parentCode\":\"UBND\"}";
        String unitPut = "{\"code\":\"SGDDT\",\"name\":\"Sở Giáo dục và Đào tạo\",\"kind\":\"DEPARTMENT\",\"parentCode\":\"UBND\",\"head\":{\"name\":\"Người mới\"}}";
        String csv = "code,name,kind,parentCode\nXCSV%s,Xã Chiềng %s,COMMUNE,UBND\n";
        String cluster = "{\"code\":\"CUM%s\",\"name\":\"Cụm thi đua\",\"type\":\"CLUSTER\",\"year\":2025,\"members\":[{\"unitCode\":\"SGDDT\",\"role\":\"TRUONG_KHOI\"},{\"unitCode\":\"SYT\",\"role\":\"PHO_KHOI\"}]}";
        String plan = PlanJson.plan("M%s/KH", 2025, PlanJson.tasks(PlanJson.task("Nhiệm vụ", "01/2025", "SNV")));
        String amendment = PlanJson.plan("{plancode}", 2025, PlanJson.tasks(PlanJson.task("Nhiệm vụ mới", "Trong quý IV", "SYT")));
        String complete = "{\"kind\":\"REPORT\",\"reference\":\"BC 1\"}";
        String due = "{\"dueDate\":\"2025-12-15\"}";
        String calendar = "@year;2027\n@status;OFFICIAL\n@source;Thông báo thử\n2027-01-01;HOLIDAY;Tết Dương lịch\n";
        var own = TestTokens.unitOfficer("SGDDT");
        var coordinator = TestTokens.unitOfficer("SYT");
        var other = TestTokens.unitOfficer("PCHIENGLE");
        var none = TestTokens.noRole("SGDDT");
        var snv = TestTokens.snvOfficer();
        List<Case> cases = new ArrayList<>(List.of(
                // units: the directory is readable by every authenticated caller
                c("list units own", HttpMethod.GET, "/api/v1/units", own, 200),
                c("list units no role", HttpMethod.GET, "/api/v1/units?name=so", none, 200),
                c("list units anonymous", HttpMethod.GET, "/api/v1/units", ANONYMOUS, 401),
                c("get unit own", HttpMethod.GET, "/api/v1/units/SGDDT", own, 200),
                c("get unit other", HttpMethod.GET, "/api/v1/units/SYT", own, 200),
                c("get unit no role", HttpMethod.GET, "/api/v1/units/SYT", none, 200),
                c("get unit anonymous", HttpMethod.GET, "/api/v1/units/SYT", ANONYMOUS, 401),
                c("register unit snv", HttpMethod.POST, "/api/v1/units", JSON, unitBody, snv, 201),
                c("register unit own", HttpMethod.POST, "/api/v1/units", JSON, unitBody, own, 403),
                c("register unit no role", HttpMethod.POST, "/api/v1/units", JSON, unitBody, none, 403),
                c("register unit anonymous", HttpMethod.POST, "/api/v1/units", JSON, unitBody, ANONYMOUS, 401),
                c("change unit snv", HttpMethod.PUT, "/api/v1/units/SGDDT", JSON, unitPut, snv, 200),
                c("change unit own", HttpMethod.PUT, "/api/v1/units/SGDDT", JSON, unitPut, own, 403),
                c("change unit other", HttpMethod.PUT, "/api/v1/units/SGDDT", JSON, unitPut, other, 403),
                c("change unit anonymous", HttpMethod.PUT, "/api/v1/units/SGDDT", JSON, unitPut, ANONYMOUS, 401),
                c("import units snv", HttpMethod.POST, "/api/v1/units/import", "text/csv", csv, snv, 200),
                c("import units admin", HttpMethod.POST, "/api/v1/units/import", "text/csv", csv, TestTokens.admin(), 200),
                c("import units own", HttpMethod.POST, "/api/v1/units/import", "text/csv", csv, own, 403),
                c("import units no role", HttpMethod.POST, "/api/v1/units/import", "text/csv", csv, none, 403),
                c("import units anonymous", HttpMethod.POST, "/api/v1/units/import", "text/csv", csv, ANONYMOUS, 401),
                // clusters: members and province-wide roles read; Sở Nội vụ writes
                c("form cluster snv", HttpMethod.POST, "/api/v1/clusters", JSON, cluster, snv, 201),
                c("form cluster own", HttpMethod.POST, "/api/v1/clusters", JSON, cluster, own, 403),
                c("form cluster no role", HttpMethod.POST, "/api/v1/clusters", JSON, cluster, none, 403),
                c("form cluster anonymous", HttpMethod.POST, "/api/v1/clusters", JSON, cluster, ANONYMOUS, 401),
                c("list clusters own", HttpMethod.GET, "/api/v1/clusters?year=2025", own, 200),
                c("list clusters other", HttpMethod.GET, "/api/v1/clusters?year=2025", other, 200),
                c("list clusters no role", HttpMethod.GET, "/api/v1/clusters", none, 403),
                c("list clusters anonymous", HttpMethod.GET, "/api/v1/clusters", ANONYMOUS, 401),
                c("get cluster member", HttpMethod.GET, "/api/v1/clusters/{cluster}", own, 200),
                c("get cluster leader", HttpMethod.GET, "/api/v1/clusters/{cluster}", TestTokens.leader(), 200),
                c("get cluster other", HttpMethod.GET, "/api/v1/clusters/{cluster}", other, 404),
                c("get cluster no role", HttpMethod.GET, "/api/v1/clusters/{cluster}", none, 403),
                c("get cluster anonymous", HttpMethod.GET, "/api/v1/clusters/{cluster}", ANONYMOUS, 401),
                c("rotate cluster snv", HttpMethod.POST, "/api/v1/clusters/{cluster}/rotate", snv, 201),
                c("rotate cluster member", HttpMethod.POST, "/api/v1/clusters/{cluster}/rotate", own, 403),
                c("rotate cluster no role", HttpMethod.POST, "/api/v1/clusters/{cluster}/rotate", none, 403),
                c("rotate cluster anonymous", HttpMethod.POST, "/api/v1/clusters/{cluster}/rotate", ANONYMOUS, 401),
                // plans
                c("create plan snv", HttpMethod.POST, "/api/v1/plans", JSON, plan, snv, 201),
                c("create plan own", HttpMethod.POST, "/api/v1/plans", JSON, plan, own, 403),
                c("create plan leader", HttpMethod.POST, "/api/v1/plans", JSON, plan, TestTokens.leader(), 403),
                c("create plan no role", HttpMethod.POST, "/api/v1/plans", JSON, plan, none, 403),
                c("create plan anonymous", HttpMethod.POST, "/api/v1/plans", JSON, plan, ANONYMOUS, 401),
                c("get published plan own", HttpMethod.GET, "/api/v1/plans/{plan}", own, 200),
                c("get published plan other", HttpMethod.GET, "/api/v1/plans/{plan}", other, 200),
                c("get draft plan snv", HttpMethod.GET, "/api/v1/plans/{draft}", snv, 200),
                c("get draft plan unit", HttpMethod.GET, "/api/v1/plans/{draft}", own, 404),
                c("get plan no role", HttpMethod.GET, "/api/v1/plans/{plan}", none, 403),
                c("get plan anonymous", HttpMethod.GET, "/api/v1/plans/{plan}", ANONYMOUS, 401),
                c("list plans own", HttpMethod.GET, "/api/v1/plans?year=2025", own, 200),
                c("list plans no role", HttpMethod.GET, "/api/v1/plans", none, 403),
                c("list plans anonymous", HttpMethod.GET, "/api/v1/plans", ANONYMOUS, 401),
                c("edit draft snv", HttpMethod.PUT, "/api/v1/plans/{draft}", JSON, plan, snv, 200),
                c("edit draft own", HttpMethod.PUT, "/api/v1/plans/{draft}", JSON, plan, own, 403),
                c("edit draft no role", HttpMethod.PUT, "/api/v1/plans/{draft}", JSON, plan, none, 403),
                c("edit draft anonymous", HttpMethod.PUT, "/api/v1/plans/{draft}", JSON, plan, ANONYMOUS, 401),
                c("publish snv", HttpMethod.POST, "/api/v1/plans/{draft}/publish", snv, 200),
                c("publish own", HttpMethod.POST, "/api/v1/plans/{draft}/publish", own, 403),
                c("publish no role", HttpMethod.POST, "/api/v1/plans/{draft}/publish", none, 403),
                c("publish anonymous", HttpMethod.POST, "/api/v1/plans/{draft}/publish", ANONYMOUS, 401),
                c("amend snv", HttpMethod.POST, "/api/v1/plans/{plan}/amendments", JSON, amendment, snv, 200),
                c("amend own", HttpMethod.POST, "/api/v1/plans/{plan}/amendments", JSON, amendment, own, 403),
                c("amend no role", HttpMethod.POST, "/api/v1/plans/{plan}/amendments", JSON, amendment, none, 403),
                c("amend anonymous", HttpMethod.POST, "/api/v1/plans/{plan}/amendments", JSON, amendment, ANONYMOUS, 401),
                c("close snv (year end)", HttpMethod.POST, "/api/v1/plans/{plan}/close", snv, 200),
                c("close own", HttpMethod.POST, "/api/v1/plans/{plan}/close", own, 403),
                c("close no role", HttpMethod.POST, "/api/v1/plans/{plan}/close", none, 403),
                c("close anonymous", HttpMethod.POST, "/api/v1/plans/{plan}/close", ANONYMOUS, 401),
                // tasks: units only see and act on their own tasks
                c("list tasks own", HttpMethod.GET, "/api/v1/tasks?planId={plan}", own, 200),
                c("list tasks other", HttpMethod.GET, "/api/v1/tasks?planId={plan}", other, 200),
                c("list tasks no role", HttpMethod.GET, "/api/v1/tasks", none, 403),
                c("list tasks anonymous", HttpMethod.GET, "/api/v1/tasks", ANONYMOUS, 401),
                c("get task lead", HttpMethod.GET, "/api/v1/tasks/{task}", own, 200),
                c("get task coordinator", HttpMethod.GET, "/api/v1/tasks/{task}", coordinator, 200),
                c("get task other", HttpMethod.GET, "/api/v1/tasks/{task}", other, 404),
                c("get task no role", HttpMethod.GET, "/api/v1/tasks/{task}", none, 403),
                c("get task anonymous", HttpMethod.GET, "/api/v1/tasks/{task}", ANONYMOUS, 401),
                c("start task lead", HttpMethod.POST, "/api/v1/tasks/{task}/start", JSON, "", own, 200),
                c("start task coordinator", HttpMethod.POST, "/api/v1/tasks/{task}/start", JSON, "", coordinator, 403),
                c("start task other", HttpMethod.POST, "/api/v1/tasks/{task}/start", JSON, "", other, 404),
                c("start task leader", HttpMethod.POST, "/api/v1/tasks/{task}/start", JSON, "", TestTokens.leader(), 403),
                c("start task no role", HttpMethod.POST, "/api/v1/tasks/{task}/start", JSON, "", none, 403),
                c("start task anonymous", HttpMethod.POST, "/api/v1/tasks/{task}/start", JSON, "", ANONYMOUS, 401),
                c("complete task lead", HttpMethod.POST, "/api/v1/tasks/{task}/complete", JSON, complete, own, 200),
                c("complete task snv", HttpMethod.POST, "/api/v1/tasks/{task}/complete", JSON, complete, snv, 200),
                c("complete task coordinator", HttpMethod.POST, "/api/v1/tasks/{task}/complete", JSON, complete, coordinator, 403),
                c("complete task other", HttpMethod.POST, "/api/v1/tasks/{task}/complete", JSON, complete, other, 404),
                c("complete task leader", HttpMethod.POST, "/api/v1/tasks/{task}/complete", JSON, complete, TestTokens.leader(), 403),
                c("complete task no role", HttpMethod.POST, "/api/v1/tasks/{task}/complete", JSON, complete, none, 403),
                c("complete task anonymous", HttpMethod.POST, "/api/v1/tasks/{task}/complete", JSON, complete, ANONYMOUS, 401),
                c("cancel task snv", HttpMethod.POST, "/api/v1/tasks/{task}/cancel", snv, 200),
                c("cancel task lead", HttpMethod.POST, "/api/v1/tasks/{task}/cancel", own, 403),
                c("cancel task other", HttpMethod.POST, "/api/v1/tasks/{task}/cancel", other, 403),
                c("cancel task no role", HttpMethod.POST, "/api/v1/tasks/{task}/cancel", none, 403),
                c("cancel task anonymous", HttpMethod.POST, "/api/v1/tasks/{task}/cancel", ANONYMOUS, 401),
                c("due date snv", HttpMethod.PUT, "/api/v1/tasks/{task}/due-date", JSON, due, snv, 200),
                c("due date lead", HttpMethod.PUT, "/api/v1/tasks/{task}/due-date", JSON, due, own, 403),
                c("due date other", HttpMethod.PUT, "/api/v1/tasks/{task}/due-date", JSON, due, other, 403),
                c("due date no role", HttpMethod.PUT, "/api/v1/tasks/{task}/due-date", JSON, due, none, 403),
                c("due date anonymous", HttpMethod.PUT, "/api/v1/tasks/{task}/due-date", JSON, due, ANONYMOUS, 401),
                // calendar: arithmetic for every authenticated caller; overrides for admins
                c("add working days own", HttpMethod.GET, "/api/v1/calendar/working-days/add?from=2026-02-13&days=1", own, 200),
                c("add working days no role", HttpMethod.GET, "/api/v1/calendar/working-days/add?from=2026-02-13&days=1", none, 200),
                c("add working days anonymous", HttpMethod.GET, "/api/v1/calendar/working-days/add?from=2026-02-13&days=1", ANONYMOUS, 401),
                c("check day own", HttpMethod.GET, "/api/v1/calendar/working-days/check?date=2026-02-17", own, 200),
                c("check day no role", HttpMethod.GET, "/api/v1/calendar/working-days/check?date=2026-02-17", none, 200),
                c("check day anonymous", HttpMethod.GET, "/api/v1/calendar/working-days/check?date=2026-02-17", ANONYMOUS, 401),
                c("between own", HttpMethod.GET, "/api/v1/calendar/working-days/between?from=2026-02-01&to=2026-03-01", own, 200),
                c("between no role", HttpMethod.GET, "/api/v1/calendar/working-days/between?from=2026-02-01&to=2026-03-01", none, 200),
                c("between anonymous", HttpMethod.GET, "/api/v1/calendar/working-days/between?from=2026-02-01&to=2026-03-01", ANONYMOUS, 401),
                c("get year own", HttpMethod.GET, "/api/v1/calendar/years/2026", own, 200),
                c("get year no role", HttpMethod.GET, "/api/v1/calendar/years/2026", none, 200),
                c("get year anonymous", HttpMethod.GET, "/api/v1/calendar/years/2026", ANONYMOUS, 401),
                c("override year admin", HttpMethod.PUT, "/api/v1/calendar/years/2027", "text/plain", calendar, TestTokens.admin(), 200),
                c("override year snv", HttpMethod.PUT, "/api/v1/calendar/years/2027", "text/plain", calendar, snv, 403),
                c("override year own", HttpMethod.PUT, "/api/v1/calendar/years/2027", "text/plain", calendar, own, 403),
                c("override year no role", HttpMethod.PUT, "/api/v1/calendar/years/2027", "text/plain", calendar, none, 403),
                c("override year anonymous", HttpMethod.PUT, "/api/v1/calendar/years/2027", "text/plain", calendar, ANONYMOUS, 401)));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void endpoint_answers_by_role_and_unit(Case row) throws Exception {
        int n = SEQ.incrementAndGet();
        clock.set(LocalDate.of(2025, 3, 1));
        String planCode = "SM" + n + "/KH";
        List<String> tasks = Plans.publish(context, planCode, 2025,
                List.of(Plans.due("Báo cáo chuyên đề", LocalDate.of(2025, 6, 30), "SGDDT", "SYT")));
        String planId = context.getBean(vn.tdkt.plan.task.application.TaskService.class)
                .get(Plans.SNV, tasks.get(0)).value().planId();
        String draftId = context.getBean(PlanService.class).create(Plans.SNV, new PlanContent("SD" + n + "/KH", null,
                "UBND", null, "Dự thảo", 2025, PlanKind.ANNUAL, null, null, null, null, null),
                List.of(Plans.due("Việc", LocalDate.of(2025, 5, 5), "SNV"))).value().id();
        String clusterId = context.getBean(ClusterService.class).form(Plans.SNV, "K" + n, "Khối", ClusterType.BLOCK, 2025,
                List.of(new Cluster.Member("SGDDT", ClusterRole.TRUONG_KHOI), new Cluster.Member("SYT", ClusterRole.PHO_KHOI),
                        new Cluster.Member("SNV", ClusterRole.THANH_VIEN))).value().id();
        if (row.name().contains("year end")) {
            clock.set(LocalDate.of(2025, 12, 20));
        }
        String path = row.path().replace("{plan}", planId).replace("{draft}", draftId).replace("{task}", tasks.get(0))
                .replace("{cluster}", clusterId);
        MockHttpServletRequestBuilder builder = request(row.method(), path);
        if (row.body() != null) {
            builder.contentType(row.contentType()).content(row.body().replace("%s", String.valueOf(n))
                    .replace("{plancode}", planCode));
        }
        if (row.caller() != null) {
            builder.with(row.caller());
        }
        mvc.perform(builder).andExpect(status().is(row.status()));
    }
}
