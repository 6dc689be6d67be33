package vn.tdkt.plan.security;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tdkt.plan.support.MatrixCallers.NO_ROLE;
import static vn.tdkt.plan.support.MatrixCallers.OTHER;
import static vn.tdkt.plan.support.MatrixCallers.OWN;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.ADMIN;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.JSON;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.LEADER;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.NO_UNIT;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.SNV;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.endpoint;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.rows;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.unitOfficer;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import vn.tdkt.plan.cluster.application.ClusterService;
import vn.tdkt.plan.cluster.domain.Cluster;
import vn.tdkt.plan.cluster.domain.ClusterRole;
import vn.tdkt.plan.cluster.domain.ClusterType;
import vn.tdkt.plan.plan.application.PlanService;
import vn.tdkt.plan.plan.domain.PlanContent;
import vn.tdkt.plan.plan.domain.PlanKind;
import vn.tdkt.plan.support.PlanJson;
import vn.tdkt.plan.support.Plans;
import vn.tdkt.platformtest.matrix.SecurityMatrix.Caller;
import vn.tdkt.platformtest.matrix.SecurityMatrix.Row;
import vn.tdkt.platformtest.service.ServiceTest;

/**
 * Every endpoint × (own unit, other unit, lower role / no role, anonymous). Fresh fixtures for every row: a plan
 * published with one task led by SGDDT and coordinated by SYT, a draft plan, and a cluster of SGDDT and SYT.
 */
class SecurityMatrixTest extends ServiceTest {

    static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired ApplicationContext context;

    /** SYT: coordinates the task SGDDT leads. */
    static final Caller COORDINATOR = unitOfficer("coordinator", "SYT");

    static Stream<Row> matrix() {
        String unitBody = "{\"code\":\"XU%s\",\"name\":\"Xã Mường %s\",\"kind\":\"COMMUNE\",\"parentCode\":\"UBND\"}";
        String unitPut = "{\"code\":\"SGDDT\",\"name\":\"Sở Giáo dục và Đào tạo\",\"kind\":\"DEPARTMENT\",\"parentCode\":\"UBND\",\"head\":{\"name\":\"Người mới\"}}";
        String csv = "code,name,kind,parentCode\nXCSV%s,Xã Chiềng %s,COMMUNE,UBND\n";
        String cluster = "{\"code\":\"CUM%s\",\"name\":\"Cụm thi đua\",\"type\":\"CLUSTER\",\"year\":2025,\"members\":[{\"unitCode\":\"SGDDT\",\"role\":\"TRUONG_KHOI\"},{\"unitCode\":\"SYT\",\"role\":\"PHO_KHOI\"}]}";
        String plan = PlanJson.plan("M%s/KH", 2025, PlanJson.tasks(PlanJson.task("Nhiệm vụ", "01/2025", "SNV")));
        String amendment = PlanJson.plan("{plancode}", 2025, PlanJson.tasks(PlanJson.task("Nhiệm vụ mới", "Trong quý IV", "SYT")));
        String complete = "{\"kind\":\"REPORT\",\"reference\":\"BC 1\"}";
        String due = "{\"dueDate\":\"2025-12-15\"}";
        String calendar = "@year;2027\n@status;OFFICIAL\n@source;Thông báo thử\n2027-01-01;HOLIDAY;Tết Dương lịch\n";
        HttpMethod get = HttpMethod.GET;
        HttpMethod post = HttpMethod.POST;
        HttpMethod put = HttpMethod.PUT;
        return rows(
                // units: the directory is readable by every authenticated caller; Sở Nội vụ and admins write
                endpoint("list units", get, "/api/v1/units?name=so", OWN, 200, NO_ROLE, 200),
                endpoint("get unit", get, "/api/v1/units/SYT", OWN, 200, NO_ROLE, 200),
                endpoint("register unit", post, "/api/v1/units", JSON, unitBody, SNV, 201, OWN, 403, NO_ROLE, 403),
                endpoint("change unit", put, "/api/v1/units/SGDDT", JSON, unitPut, SNV, 200, OWN, 403, OTHER, 403),
                endpoint("import units", post, "/api/v1/units/import", "text/csv", csv, SNV, 200, ADMIN, 200, OWN, 403,
                        NO_ROLE, 403),
                // clusters: members and province-wide roles read; Sở Nội vụ writes
                endpoint("form cluster", post, "/api/v1/clusters", JSON, cluster, SNV, 201, OWN, 403, NO_ROLE, 403),
                endpoint("list clusters", get, "/api/v1/clusters?year=2025", OWN, 200, OTHER, 200, NO_ROLE, 403),
                endpoint("get cluster", get, "/api/v1/clusters/{cluster}", OWN, 200, LEADER, 200, OTHER, 404,
                        NO_ROLE, 403),
                endpoint("rotate cluster", post, "/api/v1/clusters/{cluster}/rotate", SNV, 201, OWN, 403, NO_ROLE, 403),
                // plans: published ones are public documents, drafts are Sở Nội vụ's
                endpoint("create plan", post, "/api/v1/plans", JSON, plan, SNV, 201, OWN, 403, LEADER, 403,
                        NO_ROLE, 403),
                endpoint("get published plan", get, "/api/v1/plans/{plan}", OWN, 200, OTHER, 200, NO_ROLE, 403),
                endpoint("get draft plan", get, "/api/v1/plans/{draft}", SNV, 200, OWN, 404),
                endpoint("list plans", get, "/api/v1/plans?year=2025", OWN, 200, NO_ROLE, 403),
                endpoint("edit draft", put, "/api/v1/plans/{draft}", JSON, plan, SNV, 200, OWN, 403, NO_ROLE, 403),
                endpoint("publish", post, "/api/v1/plans/{draft}/publish", SNV, 200, OWN, 403, NO_ROLE, 403),
                endpoint("amend", post, "/api/v1/plans/{plan}/amendments", JSON, amendment, SNV, 200, OWN, 403,
                        NO_ROLE, 403),
                endpoint("close (year end)", post, "/api/v1/plans/{plan}/close", SNV, 200, OWN, 403, NO_ROLE, 403),
                // tasks: units only see and act on their own tasks
                endpoint("list tasks", get, "/api/v1/tasks?planId={plan}", OWN, 200, OTHER, 200, NO_ROLE, 403,
                        NO_UNIT, 403),
                endpoint("get task", get, "/api/v1/tasks/{task}", OWN, 200, COORDINATOR, 200, OTHER, 404,
                        NO_ROLE, 403),
                endpoint("task reminders", get, "/api/v1/tasks/{task}/reminders", OWN, 200, COORDINATOR, 200,
                        LEADER, 200, OTHER, 404, NO_ROLE, 403),
                endpoint("start task", post, "/api/v1/tasks/{task}/start", JSON, "", OWN, 200, COORDINATOR, 403,
                        OTHER, 404, LEADER, 403, NO_ROLE, 403),
                endpoint("complete task", post, "/api/v1/tasks/{task}/complete", JSON, complete, OWN, 200, SNV, 200,
                        COORDINATOR, 403, OTHER, 404, LEADER, 403, NO_ROLE, 403),
                endpoint("cancel task", post, "/api/v1/tasks/{task}/cancel", SNV, 200, OWN, 403, OTHER, 403,
                        NO_ROLE, 403),
                endpoint("due date", put, "/api/v1/tasks/{task}/due-date", JSON, due, SNV, 200, OWN, 403, OTHER, 403,
                        NO_ROLE, 403),
                // calendar: arithmetic for every authenticated caller; overrides for admins
                endpoint("add working days", get, "/api/v1/calendar/working-days/add?from=2026-02-13&days=1",
                        OWN, 200, NO_ROLE, 200),
                endpoint("check day", get, "/api/v1/calendar/working-days/check?date=2026-02-17", OWN, 200,
                        NO_ROLE, 200),
                endpoint("between", get, "/api/v1/calendar/working-days/between?from=2026-02-01&to=2026-03-01",
                        OWN, 200, NO_ROLE, 200),
                endpoint("get year", get, "/api/v1/calendar/years/2026", OWN, 200, NO_ROLE, 200),
                endpoint("override year", put, "/api/v1/calendar/years/2027", "text/plain", calendar, ADMIN, 200,
                        SNV, 403, OWN, 403, NO_ROLE, 403));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void endpoint_answers_by_role_and_unit(Row row) throws Exception {
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
        mvc.perform(row.request(text -> text.replace("{plan}", planId).replace("{draft}", draftId)
                        .replace("{task}", tasks.get(0)).replace("{cluster}", clusterId)
                        .replace("%s", String.valueOf(n)).replace("{plancode}", planCode)))
                .andExpect(status().is(row.status()));
    }
}
