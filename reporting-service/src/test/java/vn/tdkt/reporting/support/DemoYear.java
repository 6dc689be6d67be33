package vn.tdkt.reporting.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.http.MediaType;
import org.springframework.messaging.Message;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.tdkt.contracts.nomination.CouncilSessionScheduled;
import vn.tdkt.contracts.nomination.CouncilVoted;
import vn.tdkt.contracts.nomination.DossierAssigned;
import vn.tdkt.contracts.nomination.DossierRef;
import vn.tdkt.contracts.nomination.DossierReturned;
import vn.tdkt.contracts.nomination.DossierSlaBreached;
import vn.tdkt.contracts.nomination.DossierSubmitted;
import vn.tdkt.contracts.nomination.SlaDeadline;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.contracts.notification.NotificationFailed;
import vn.tdkt.contracts.notification.NotificationRef;
import vn.tdkt.contracts.notification.NotificationSent;
import vn.tdkt.contracts.plan.TaskAssigned;
import vn.tdkt.contracts.plan.TaskRef;
import vn.tdkt.platformtest.security.TestTokens;
import vn.tdkt.platformtest.time.MutableClock;

/**
 * A year of demo activity in a province (2026, seen on 20/11): eight units, a plan whose tasks fall due month by
 * month and end on time, late, overdue or still open; a six-month report some units sent on time, one late, two
 * never; nomination dossiers at every step, one past its appraisal deadline; council sessions held and to come;
 * awards with their money; a block of three units scored and ranked; movements, registrations and notices.
 */
public final class DemoYear {

    public static final List<String[]> UNITS = List.of(
            new String[] {"UBND", "Ủy ban nhân dân tỉnh", "PROVINCE"},
            new String[] {"SNV", "Sở Nội vụ", "DEPARTMENT"},
            new String[] {"SGDDT", "Sở Giáo dục và Đào tạo", "DEPARTMENT"},
            new String[] {"SYT", "Sở Y tế", "DEPARTMENT"},
            new String[] {"STC", "Sở Tài chính", "DEPARTMENT"},
            new String[] {"SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "DEPARTMENT"},
            new String[] {"VPUBND", "Văn phòng Ủy ban nhân dân tỉnh", "OFFICE"},
            new String[] {"PCHIENGLE", "Phường Chiềng Lề", "WARD"});
    static final List<String> WORKING_UNITS = List.of("SGDDT", "SYT", "STC", "SVHTTDL", "VPUBND", "PCHIENGLE");
    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes();

    private final MockMvc mvc;
    private final Consumer<Message<byte[]>> plan;
    private final Consumer<Message<byte[]>> nomination;
    private final Consumer<Message<byte[]>> notification;
    private final MutableClock clock;

    public DemoYear(MockMvc mvc, Consumer<Message<byte[]>> plan, Consumer<Message<byte[]>> nomination,
            Consumer<Message<byte[]>> notification, MutableClock clock) {
        this.mvc = mvc;
        this.plan = plan;
        this.nomination = nomination;
        this.notification = notification;
        this.clock = clock;
    }

    public void seed() throws Exception {
        clock.set(LocalDate.of(2026, 1, 5));
        for (String[] unit : UNITS) {
            plan.accept(Events.message(Events.unit(unit[0], unit[1], unit[2]), 1));
        }
        tasks();
        movements();
        sixMonthReport();
        clock.set(LocalDate.of(2026, 11, 20));
        dossiersCouncilAndAwards();
        cluster();
        notices();
    }

    /** Each unit leads one task a month; how it ended follows a fixed pattern so every colour shows. */
    private void tasks() {
        String[] contents = {"Báo cáo kết quả phong trào thi đua", "Tổ chức hội nghị điển hình tiên tiến",
                "Tổng hợp đăng ký thi đua", "Kiểm tra công tác thi đua, khen thưởng", "Sơ kết chuyên đề chuyển đổi số"};
        int n = 0;
        for (int u = 0; u < WORKING_UNITS.size(); u++) {
            String unit = WORKING_UNITS.get(u);
            String partner = WORKING_UNITS.get((u + 1) % WORKING_UNITS.size());
            for (int month = 1; month <= 12; month++) {
                String taskId = "demo-" + unit + "-" + month;
                LocalDate due = LocalDate.of(2026, month, Math.min(28, 10 + u * 3));
                String content = contents[(month + u) % contents.length] + " tháng " + month;
                plan.accept(Events.message(new TaskAssigned(new TaskRef(taskId, Events.PLAN_ID, "15/KH-UBND", content,
                        unit, List.of(partner)), 1, unit, "LEAD", "Tháng " + month, "DOCUMENT", due), 1));
                int pattern = (n++ + month) % 7;
                boolean past = due.isBefore(LocalDate.of(2026, 11, 20));
                if (past && pattern <= 3) {
                    plan.accept(Events.message(Events.completed(taskId, unit, due.toString(),
                            due.minusDays(2).atStartOfDay().toInstant(java.time.ZoneOffset.ofHours(7)).toString()), 2));
                } else if (past && pattern == 4) {
                    plan.accept(Events.message(Events.completed(taskId, unit, due.toString(),
                            due.plusDays(6).atStartOfDay().toInstant(java.time.ZoneOffset.ofHours(7)).toString()), 2));
                } else if (!past && due.isBefore(LocalDate.of(2026, 12, 5))) {
                    plan.accept(Events.message(Events.due(taskId, unit, due.toString(), 7, partner), 2));
                }
            }
        }
    }

    private void movements() {
        plan.accept(Events.message(Events.movement("mv-2026", "REGULAR", "2026-01-15", "2026-12-31",
                "2026-01-15T02:00:00Z", "SGDDT", "SYT", "SVHTTDL"), 1));
        plan.accept(Events.message(Events.movement("mv-cds", "THEMATIC", "2026-03-01", "2026-09-30",
                "2026-03-01T02:00:00Z", "SGDDT", "SYT", "SVHTTDL", "PCHIENGLE"), 1));
        plan.accept(Events.message(Events.registrationApproved("reg-gd", "mv-2026", "SGDDT"), 2));
        plan.accept(Events.message(Events.registrationApproved("reg-yt", "mv-2026", "SYT"), 2));
        plan.accept(Events.message(Events.registrationApproved("reg-vh", "mv-cds", "SVHTTDL"), 2));
    }

    private void sixMonthReport() throws Exception {
        String body = mvc.perform(post("/api/v1/report-obligations").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"title":"Báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2026","kind":"SIX_MONTH",
                         "period":"2026-H1","dueDate":"2026-06-15","templateCode":"SO_KET_6_THANG",
                         "units":["SGDDT","SYT","STC","SVHTTDL","VPUBND","PCHIENGLE"]}""")
                .with(TestTokens.snvOfficer())).andReturn().getResponse().getContentAsString();
        String obligation = JsonPath.read(body, "$.id");
        mvc.perform(post("/api/v1/report-obligations").contentType(MediaType.APPLICATION_JSON).content("""
                {"title":"Báo cáo tổng kết công tác thi đua, khen thưởng năm 2026","kind":"ANNUAL","period":"2026",
                 "dueDate":"2026-12-10","templateCode":"TONG_KET_NAM",
                 "units":["SGDDT","SYT","STC","SVHTTDL","VPUBND","PCHIENGLE"]}""").with(TestTokens.snvOfficer()));
        clock.set(LocalDate.of(2026, 6, 10));
        for (String unit : List.of("SGDDT", "SYT", "STC")) {
            submit(obligation, unit);
        }
        clock.set(LocalDate.of(2026, 6, 22));
        submit(obligation, "SVHTTDL");
    }

    private void submit(String obligation, String unit) throws Exception {
        String duties = mvc.perform(get("/api/v1/report-duties").param("obligationId", obligation)
                .with(TestTokens.unitOfficer(unit))).andReturn().getResponse().getContentAsString();
        mvc.perform(multipart("/api/v1/report-submissions")
                .file(new MockMultipartFile("file", "so-ket-6-thang.pdf", "application/pdf", PDF))
                .param("dutyId", (String) JsonPath.read(duties, "$[0].id"))
                .param("figures", "{\"MOVEMENTS_LAUNCHED\":3,\"DOSSIERS_SENT\":6,\"AWARDS_UNIT_LEVEL\":25,"
                        + "\"AWARDS_PROVINCE_LEVEL\":4}")
                .with(TestTokens.unitOfficer(unit)));
    }

    private void dossiersCouncilAndAwards() {
        String[][] dossiers = {
                {"d-01", "SGDDT", "BK_TINH", "Bằng khen của Chủ tịch UBND tỉnh", "DECIDED"},
                {"d-02", "SYT", "CO_TINH", "Cờ thi đua của UBND tỉnh", "DECIDED"},
                {"d-03", "SVHTTDL", "CSTD_TINH", "Chiến sĩ thi đua cấp tỉnh", "DECIDED"},
                {"d-04", "STC", "BK_TINH", "Bằng khen của Chủ tịch UBND tỉnh", "VOTED"},
                {"d-05", "SGDDT", "TTLDXS", "Tập thể lao động xuất sắc", "VOTED"},
                {"d-06", "PCHIENGLE", "BK_TINH", "Bằng khen của Chủ tịch UBND tỉnh", "ELIGIBLE"},
                {"d-07", "SYT", "BK_TINH", "Bằng khen của Chủ tịch UBND tỉnh", "ELIGIBLE"},
                {"d-08", "VPUBND", "BK_TINH", "Bằng khen của Chủ tịch UBND tỉnh", "RETURNED"},
                {"d-09", "STC", "TTLDXS", "Tập thể lao động xuất sắc", "BREACHED"},
                {"d-10", "SVHTTDL", "BK_TINH", "Bằng khen của Chủ tịch UBND tỉnh", "ASSIGNED"},
                {"d-11", "SGDDT", "CSTD_TINH", "Chiến sĩ thi đua cấp tỉnh", "SUBMITTED"},
                {"d-12", "PCHIENGLE", "BK_TINH", "Bằng khen của Chủ tịch UBND tỉnh", "SUBMITTED"}};
        int day = 0;
        for (String[] d : dossiers) {
            day++;
            Instant submitted = Instant.parse("2026-09-%02dT02:00:00Z".formatted(day));
            DossierRef dossier = new DossierRef(d[0], d[1], SubjectType.COLLECTIVE, "Tập thể " + d[0], d[2], d[3]);
            nomination.accept(Events.message(new DossierSubmitted(dossier, 2026, submitted), 1));
            switch (d[4]) {
                case "ASSIGNED", "BREACHED" -> {
                    nomination.accept(Events.message(new DossierAssigned(dossier, 2026, null, "cv-1", "snv-user",
                            submitted.plusSeconds(86_400), LocalDate.of(2026, 10, 8)), 2));
                    if (d[4].equals("BREACHED")) {
                        nomination.accept(Events.message(new DossierSlaBreached(dossier, 2026, null,
                                new SlaDeadline("APPRAISAL", "cv-1", LocalDate.of(2026, 10, 8)), 9), 3));
                    }
                }
                case "RETURNED" -> nomination.accept(Events.message(new DossierReturned(dossier, 2026, null,
                        List.of("Thiếu biên bản bình xét"), LocalDate.of(2026, 11, 30), "snv-user",
                        submitted.plusSeconds(5 * 86_400)), 2));
                case "ELIGIBLE", "VOTED", "DECIDED" -> nomination.accept(Events.message(Events.dossierAppraised(
                        d[0], d[1], d[2], true, submitted.plusSeconds((6 + day) * 86_400L).toString()), 2));
                default -> { }
            }
        }
        nomination.accept(Events.message(new CouncilSessionScheduled("s-10", "HDTDKT", "Hội đồng TĐKT tỉnh",
                Instant.parse("2026-10-20T01:30:00Z"), "Phòng họp số 1, UBND tỉnh", List.of(),
                List.of(agenda("d-01"), agenda("d-02"), agenda("d-03"), agenda("d-04"), agenda("d-05"))), 1));
        nomination.accept(Events.message(new CouncilVoted("s-10", "HDTDKT", Instant.parse("2026-10-20T03:00:00Z"),
                List.of(tally("d-01"), tally("d-02"), tally("d-03"), tally("d-04"), tally("d-05"))), 2));
        nomination.accept(Events.message(new CouncilSessionScheduled("s-12", "HDTDKT", "Hội đồng TĐKT tỉnh",
                Instant.parse("2026-12-03T01:30:00Z"), "Phòng họp số 1, UBND tỉnh", List.of(),
                List.of(agenda("d-06"), agenda("d-07"))), 1));
        award("a-01", "d-01", "SGDDT", SubjectType.COLLECTIVE, "BK_TINH", "Bằng khen của Chủ tịch UBND tỉnh",
                "2026-11-02", 7_590_000);
        award("a-02", "d-02", "SYT", SubjectType.COLLECTIVE, "CO_TINH", "Cờ thi đua của UBND tỉnh", "2026-11-05",
                10_120_000);
        award("a-03", "d-03", "SVHTTDL", SubjectType.INDIVIDUAL, "CSTD_TINH", "Chiến sĩ thi đua cấp tỉnh",
                "2026-11-09", 11_385_000);
        award("a-04", null, "SGDDT", SubjectType.INDIVIDUAL, "CSTDCS", "Chiến sĩ thi đua cơ sở", "2026-05-20",
                2_530_000);
        award("a-05", null, "SYT", SubjectType.INDIVIDUAL, "LDTT", "Lao động tiên tiến", "2026-05-20", 0);
        award("a-06", null, "PCHIENGLE", SubjectType.HOUSEHOLD, "BK_TINH", "Bằng khen của Chủ tịch UBND tỉnh",
                "2026-08-15", 3_795_000);
    }

    private static CouncilSessionScheduled.AgendaItem agenda(String dossierId) {
        return new CouncilSessionScheduled.AgendaItem(dossierId, "Tập thể " + dossierId, "BK_TINH");
    }

    private static CouncilVoted.Tally tally(String dossierId) {
        return new CouncilVoted.Tally(dossierId, "BK_TINH", 18, 1, 1, 20, 80, true);
    }

    private void award(String id, String dossierId, String unit, SubjectType subject, String code, String name,
            String date, long amount) {
        nomination.accept(Events.message(Events.award(id, dossierId, unit, subject, code, name, date, amount), 1));
    }

    private void cluster() throws Exception {
        plan.accept(Events.message(Events.cluster("c-vhxh", "KHOI-VHXH", 2026, "SYT", "SGDDT", "SVHTTDL"), 1));
        String body = mvc.perform(post("/api/v1/score-sheets").contentType(MediaType.APPLICATION_JSON)
                .content("{\"clusterId\":\"c-vhxh\"}").with(TestTokens.snvOfficer()))
                .andReturn().getResponse().getContentAsString();
        String sheet = JsonPath.read(body, "$.id");
        mvc.perform(post("/api/v1/score-sheets/" + sheet + "/automatic-scores").with(TestTokens.snvOfficer()));
        String[][] manual = {{"SYT", "13"}, {"SGDDT", "14"}, {"SVHTTDL", "12"}};
        for (String[] m : manual) {
            mvc.perform(put("/api/v1/score-sheets/" + sheet + "/scores").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"unitCode\":\"%s\",\"criterionCode\":\"REFORM_DIGITAL\",\"score\":%s,"
                            .formatted(m[0], m[1]) + "\"justification\":\"Kết quả kiểm tra cuối năm\"}")
                    .with(TestTokens.unitOfficer("SYT")));
        }
        mvc.perform(put("/api/v1/score-sheets/" + sheet + "/members/SGDDT/women-ratio")
                .contentType(MediaType.APPLICATION_JSON).content("{\"womenRatio\":0.72}")
                .with(TestTokens.unitOfficer("SYT")));
        mvc.perform(post("/api/v1/score-sheets/" + sheet + "/rank").with(TestTokens.unitOfficer("SYT")));
    }

    private void notices() {
        notification.accept(Events.message(new NotificationSent(new NotificationRef("n-1", "e-1",
                "tdkt.plan.task-due.v1", "EMAIL", "tdkt@sgddt.example.gov.vn", "SGDDT"),
                Instant.parse("2026-11-18T02:00:00Z"), 1), 1));
        notification.accept(Events.message(new NotificationSent(new NotificationRef("n-2", "e-2",
                "tdkt.plan.task-due.v1", "INBOX", "SYT", "SYT"), Instant.parse("2026-11-18T02:00:00Z"), 1), 1));
        notification.accept(Events.message(new NotificationFailed(new NotificationRef("n-3", "e-3",
                "tdkt.plan.task-overdue.v1", "WEBHOOK", "hook-1", "PCHIENGLE"), Instant.parse("2026-11-19T02:00:00Z"),
                6, "HTTP 503", false), 1));
    }
}
