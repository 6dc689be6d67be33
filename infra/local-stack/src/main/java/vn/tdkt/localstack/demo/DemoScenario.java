package vn.tdkt.localstack.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The demo data, dated around today, made through the services' APIs as the people would make it: the Sơn La plan
 * moved to this year and published by the Sở Nội vụ, a unit's own plan with work due in the next days (its reminders
 * fire at the next due scan), a movement with registrations, and dossiers in every state. Everything it creates is
 * marked: codes and achievement ids start with {@value #MARK}, titles with "[Dữ liệu mẫu]".
 */
final class DemoScenario {

    static final String MARK = "DEMO";
    private static final Logger log = LoggerFactory.getLogger(DemoScenario.class);
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]"
            + "/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    private static final int FIXTURE_YEAR = 2025;

    private final Function<String, DemoHttp> asPlan;
    private final Function<String, DemoHttp> asNomination;
    private final LocalDate today;
    private final Map<String, String> loaded = new LinkedHashMap<>();

    /**
     * @param asPlan       plan-service as a demo client ({@code snv}, {@code sgddt}, …)
     * @param asNomination nomination-service as a demo client
     */
    DemoScenario(Function<String, DemoHttp> asPlan, Function<String, DemoHttp> asNomination, LocalDate today) {
        this.asPlan = asPlan;
        this.asNomination = asNomination;
        this.today = today;
    }

    /** What was created, for the marker file. */
    Map<String, String> loaded() {
        return loaded;
    }

    /** The fixture plan moved to this year, published, its dates moved by a few weeks if that brings work due soon. */
    String provincePlan(String fixtureText) {
        DemoHttp snv = asPlan.apply("snv");
        int years = DemoTimeline.yearsToToday(FIXTURE_YEAR, today);
        String text = DemoTimeline.shiftYears(fixtureText, FIXTURE_YEAR, years);
        String key = "demo-plan-" + today.getYear();
        var imported = snv.postText("/api/v1/plan-imports", "text/plain; charset=UTF-8", text, key);
        if (imported.statusCode() == 404 || imported.statusCode() == 405) {
            log.info("importer not available, skipping demo plan");
            return null;
        }
        String importId = DemoHttp.expect(imported, "import").path("id").asString();
        String planId = snv.post("/api/v1/plan-imports/" + importId + "/confirm", null, key + "-confirm")
                .path("planId").asString();
        snv.post("/api/v1/plans/" + planId + "/publish", null, key + "-publish");
        loaded.put("plan", planId);

        List<JsonNode> tasks = new ArrayList<>();
        snv.get("/api/v1/tasks?planId=" + planId + "&size=100").path("items").forEach(tasks::add);
        List<LocalDate> dues = tasks.stream().map(t -> t.path("dueDate")).filter(d -> !d.isNull() && !d.isMissingNode())
                .map(d -> LocalDate.parse(d.asString())).toList();
        int weeks = DemoTimeline.weeksForALiveDemo(dues, today);
        for (JsonNode task : tasks) {
            JsonNode due = task.path("dueDate");
            if (weeks != 0 && !due.isNull() && !due.isMissingNode()) {
                snv.put("/api/v1/tasks/" + task.path("id").asString() + "/due-date",
                        Map.of("dueDate", LocalDate.parse(due.asString()).plusWeeks(weeks).toString()), null);
            }
        }
        // the work of the early months is done: two of the oldest tasks are completed with their evidence
        tasks.stream().filter(t -> !t.path("dueDate").isNull() && !t.path("dueDate").isMissingNode())
                .filter(t -> LocalDate.parse(t.path("dueDate").asString()).plusWeeks(weeks)
                        .isBefore(today.minusMonths(2)))
                .limit(2)
                .forEach(t -> snv.post("/api/v1/tasks/" + t.path("id").asString() + "/complete",
                        Map.of("kind", "REPORT", "reference", "Báo cáo số " + MARK + "-01",
                                "note", "Đã hoàn thành (dữ liệu mẫu)"), key + "-done-" + t.path("id").asString()));
        log.info("Demo plan {} published, {} tasks, due dates moved by {} years and {} weeks", planId, tasks.size(),
                years, weeks);
        return planId;
    }

    /**
     * A unit's own plan carrying out the province's, with work due in 3, 7 and 12 days and some 4 days overdue:
     * reminders at the next scan.
     */
    String unitPlan(String provincePlanId) {
        DemoHttp sgddt = asPlan.apply("sgddt");
        int year = today.getYear();
        List<Map<String, Object>> tasks = List.of(
                task("Nộp báo cáo kết quả phong trào thi đua \"Dạy tốt, học tốt\" tháng " + today.getMonthValue(), 7),
                task("Gửi danh sách đề nghị khen thưởng cuối năm học về Sở Nội vụ", 3),
                task("Tổ chức hội nghị điển hình tiên tiến ngành giáo dục", 12),
                task("Báo cáo sơ kết công tác thi đua, khen thưởng quý của ngành giáo dục", -4));
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("code", MARK + "-" + year + "/KH-SGDDT");
        plan.put("issuedOn", today.minusDays(20).toString());
        plan.put("issuerUnit", "SGDDT");
        plan.put("title", "[Dữ liệu mẫu] Kế hoạch triển khai công tác thi đua, khen thưởng năm " + year
                + " của Sở Giáo dục và Đào tạo");
        plan.put("year", year);
        plan.put("kind", "IMPLEMENTING");
        plan.put("parentPlanId", provincePlanId);
        plan.put("tasks", tasks);
        String planId = sgddt.post("/api/v1/plans", plan, "demo-unit-plan-" + year).path("id").asString();
        sgddt.post("/api/v1/plans/" + planId + "/publish", null, "demo-unit-plan-" + year + "-publish");
        loaded.put("unitPlan", planId);
        return planId;
    }

    private Map<String, Object> task(String content, int daysFromToday) {
        LocalDate due = today.plusDays(daysFromToday);
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("content", content);
        task.put("periodText", due.toString());
        task.put("dueDate", due.toString());
        task.put("leadUnit", "SGDDT");
        task.put("coordinatingUnits", List.of());
        task.put("expectedEvidence", "REPORT");
        return task;
    }

    /** A movement open for nominations, registered by two units: one registration approved, one returned. */
    String movement() {
        DemoHttp snv = asPlan.apply("snv");
        int year = today.getYear();
        Map<String, Object> movement = new LinkedHashMap<>();
        movement.put("name", "[Dữ liệu mẫu] Phong trào thi đua \"Chuyển đổi số trong công tác thi đua, khen thưởng\" năm "
                + year);
        movement.put("kind", "THEMATIC");
        movement.put("directive", MARK + "-" + year + "/KH-UBND");
        movement.put("period", Map.of("from", today.minusDays(60).toString(), "to", today.plusDays(60).toString()));
        movement.put("participants", List.of("SGDDT", "SYT", "PCHIENGLE"));
        movement.put("awardForms", List.of("GIAY_KHEN", "BK_TINH"));
        movement.put("quotas", List.of(Map.of("unitCode", "SGDDT", "awardCode", "GIAY_KHEN", "max", 5),
                Map.of("unitCode", "SYT", "awardCode", "GIAY_KHEN", "max", 3)));
        movement.put("nominationWindow", Map.of("from", today.minusDays(10).toString(),
                "to", today.plusDays(30).toString()));
        String id = snv.post("/api/v1/movements", movement, "demo-movement-" + year).path("id").asString();
        snv.post("/api/v1/movements/" + id + "/launch", null, "demo-movement-" + year + "-launch");
        String approved = asPlan.apply("sgddt").post("/api/v1/movements/" + id + "/registrations",
                Map.of("items", List.of(Map.of("awardCode", "GIAY_KHEN", "count", 3))), "demo-registration-sgddt")
                .path("id").asString();
        String returned = asPlan.apply("syt").post("/api/v1/movements/" + id + "/registrations",
                Map.of("items", List.of(Map.of("awardCode", "GIAY_KHEN", "count", 2))), "demo-registration-syt")
                .path("id").asString();
        snv.post("/api/v1/registrations/" + approved + "/approve", null, "demo-registration-sgddt-approve");
        snv.post("/api/v1/registrations/" + returned + "/return",
                Map.of("reason", "Đề nghị gửi kèm danh sách cá nhân, tập thể dự kiến đăng ký thi đua"), "demo-registration-syt-return");
        loaded.put("movement", id);
        return id;
    }

    /** Seven Giấy khen dossiers of the Sở Giáo dục và Đào tạo, one in each state of a dossier's life. */
    void dossiers() {
        DemoHttp unit = asNomination.apply("sgddt");
        DemoHttp snv = asNomination.apply("snv");
        String[][] people = {
                {"Nguyễn Thị Mai", "DRAFT"}, {"Trần Văn Hùng", "SUBMITTED"}, {"Lê Thị Thu Hà", "UNDER_APPRAISAL"},
                {"Phạm Quốc Bảo", "RETURNED"}, {"Đỗ Thị Lan", "APPRAISED_ELIGIBLE"},
                {"Hoàng Minh Tuấn", "APPRAISED_NOT_ELIGIBLE"}, {"Vũ Thị Hồng", "RECALLED"}};
        int n = 0;
        for (String[] person : people) {
            n++;
            String key = "demo-dossier-" + today.getYear() + "-" + n;
            String id = unit.post("/api/v1/dossiers", Map.of(
                    "subject", Map.of("type", "INDIVIDUAL", "name", person[0], "dateOfBirth",
                            LocalDate.of(1980 + n, n, 10 + n).toString(), "gender", n % 2 == 0 ? "MALE" : "FEMALE",
                            "position", "Giáo viên"),
                    "proposal", Map.of("awardCode", "GIAY_KHEN", "year", today.getYear()),
                    "achievement", Map.of("summary", "Hoàn thành tốt nhiệm vụ năm học " + (today.getYear() - 1) + "–"
                            + today.getYear() + "; dạy giỏi cấp trường (dữ liệu mẫu)",
                            "achievementId", MARK + "-GK-" + today.getYear() + "-" + n)), key).path("id").asString();
            for (String kind : List.of("TO_TRINH", "BAO_CAO_THANH_TICH")) {
                unit.postFile("/api/v1/dossiers/" + id + "/documents", kind.toLowerCase() + ".pdf", "application/pdf",
                        PDF, Map.of("kind", kind), key + "-" + kind);
            }
            String state = person[1];
            if (!state.equals("DRAFT")) {
                unit.post("/api/v1/dossiers/" + id + "/submit", null, key + "-submit");
            }
            switch (state) {
                case "UNDER_APPRAISAL", "APPRAISED_ELIGIBLE", "APPRAISED_NOT_ELIGIBLE" ->
                        snv.post("/api/v1/dossiers/" + id + "/assign", Map.of(), key + "-assign");
                case "RETURNED" -> snv.post("/api/v1/dossiers/" + id + "/return", Map.of(
                        "reasons", List.of("Báo cáo thành tích chưa có xác nhận của thủ trưởng đơn vị"),
                        "completeBy", today.plusDays(7).toString()), key + "-return");
                case "RECALLED" -> unit.post("/api/v1/dossiers/" + id + "/recall",
                        Map.of("reason", "Đơn vị đề nghị hình thức khác"), key + "-recall");
                default -> { }
            }
            if (state.equals("APPRAISED_ELIGIBLE")) {
                snv.post("/api/v1/dossiers/" + id + "/appraisal",
                        Map.of("outcome", "ELIGIBLE", "reasons", List.of("Đủ tiêu chuẩn Giấy khen")), key + "-appraise");
            } else if (state.equals("APPRAISED_NOT_ELIGIBLE")) {
                snv.post("/api/v1/dossiers/" + id + "/appraisal", Map.of("outcome", "NOT_ELIGIBLE",
                        "reasons", List.of("Thành tích chưa tiêu biểu so với tiêu chuẩn của tỉnh")), key + "-appraise");
            }
            loaded.put("dossier." + state, id);
        }
    }

    static long daysBetween(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
