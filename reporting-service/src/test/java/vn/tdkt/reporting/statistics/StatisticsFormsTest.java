package vn.tdkt.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.nomination.AwardRef;
import vn.tdkt.contracts.nomination.AwardRevoked;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.platformtest.security.TestTokens;
import vn.tdkt.reporting.report.application.ReportLadderScanner;
import vn.tdkt.reporting.report.persistence.ReportDutyDocument;
import vn.tdkt.reporting.statistics.application.StatisticsService;
import vn.tdkt.reporting.support.Events;
import vn.tdkt.reporting.support.ReportingTest;

/**
 * Every statistical form in force for the reporting year 2026 (TT 02/2023/TT-BNV, 0601–0605.N/BNV-TĐKT) downloads as
 * an xlsx; each is opened with POI and checked cell by cell against awards and movements seeded for the purpose,
 * inside and just outside the TĐKT reporting period (01/12/2025 – 30/11/2026).
 */
class StatisticsFormsTest extends ReportingTest {

    @Autowired
    StatisticsService statistics;

    @Autowired
    ReportLadderScanner scanner;

    @BeforeEach
    void aYearOfAwardsAndMovements() {
        clock.set(LocalDate.of(2026, 12, 2));
        plan(Events.message(Events.unit("UBND", "Ủy ban nhân dân tỉnh", "PROVINCE"), 1));
        plan(Events.message(Events.unit("SNV", "Sở Nội vụ", "DEPARTMENT"), 1));
        plan(Events.message(Events.unit("SGDDT", "Sở Giáo dục và Đào tạo", "DEPARTMENT"), 1));
        plan(Events.message(Events.unit("CTA", "Công ty cổ phần A", "ENTERPRISE"), 1));
        // province-level awards (0603)
        award("bk-1", "SGDDT", SubjectType.COLLECTIVE, "BK_TINH", "2026-03-10");
        award("bk-2", "CTA", SubjectType.COLLECTIVE, "BK_TINH", "2026-05-20");
        award("bk-3", "PCHIENGLE", SubjectType.HOUSEHOLD, "BK_TINH", "2025-12-05");
        award("bk-4", "SGDDT", SubjectType.INDIVIDUAL, "BK_TINH", "2026-11-30");
        award("bk-next", "SGDDT", SubjectType.INDIVIDUAL, "BK_TINH", "2026-12-01");
        award("bk-before", "SGDDT", SubjectType.INDIVIDUAL, "BK_TINH", "2025-11-30");
        award("cstd-1", "SGDDT", SubjectType.INDIVIDUAL, "CSTD_TINH", "2026-04-01");
        award("co-1", "SYT", SubjectType.COLLECTIVE, "CO_TINH", "2026-06-01");
        award("co-revoked", "SGDDT", SubjectType.COLLECTIVE, "CO_TINH", "2026-06-01");
        nominationEvents.accept(Events.message(new AwardRevoked(new AwardRef("co-revoked", null, "SGDDT",
                SubjectType.COLLECTIVE, "Đối tượng co-revoked", "CO_TINH", "Cờ thi đua của UBND tỉnh", 2026), "rv-1",
                "9/QĐ-UBND", LocalDate.of(2026, 9, 1), "A", "Kê khai thành tích không đúng", null, 0), 2));
        award("ttldxs-1", "SGDDT", SubjectType.COLLECTIVE, "TTLDXS", "2026-06-01");
        award("ldtt-1", "SGDDT", SubjectType.INDIVIDUAL, "LDTT", "2026-06-01");
        // state-level awards (0602)
        award("bkttg-1", "SGDDT", SubjectType.INDIVIDUAL, "BK_TTG", "2026-07-01");
        award("cocp-1", "SGDDT", SubjectType.COLLECTIVE, "CO_CP", "2026-08-01");
        award("hcld3-1", "SGDDT", SubjectType.INDIVIDUAL, "HCLD3", "2026-09-01");
        // movements (0601): three launched in the period, two outside it
        plan(Events.message(Events.movement("mv-a", "REGULAR", "2026-01-15", "2026-12-31", "2026-01-15T02:00:00Z",
                "SGDDT"), 1));
        plan(Events.message(Events.movement("mv-b", "THEMATIC", "2026-03-01", "2026-06-30", "2026-03-01T02:00:00Z",
                "SGDDT"), 1));
        plan(Events.message(Events.movement("mv-c", "FIVE_YEAR", "2026-01-01", "2030-12-31", "2025-12-15T02:00:00Z",
                "SGDDT"), 1));
        plan(Events.message(Events.movement("mv-d", "AD_HOC", "2026-12-05", "2027-01-31", "2026-12-05T02:00:00Z",
                "SGDDT"), 1));
        plan(Events.message(Events.movement("mv-e", "THEMATIC", "2025-06-01", "2027-05-31", "2025-06-01T02:00:00Z",
                "SGDDT"), 1));
    }

    private void award(String id, String unit, SubjectType subject, String code, String decided) {
        nominationEvents.accept(Events.message(Events.award(id, null, unit, subject, code, "Hình thức " + code,
                decided, 1_000_000), 1));
    }

    @Test
    void listsTheFormsInForceWithTheirCitationDueDateAndWhatIsNotVerified() throws Exception {
        mvc.perform(get("/api/v1/statistics/forms").param("year", "2026").with(TestTokens.snvOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.circular").value("02/2023/TT-BNV"))
                .andExpect(jsonPath("$.dueDate").value("2026-12-15"))
                .andExpect(jsonPath("$.periodFrom").value("2025-12-01"))
                .andExpect(jsonPath("$.periodTo").value("2026-11-30"))
                .andExpect(jsonPath("$.forms[*].code").value(org.hamcrest.Matchers.contains("0601.N/BNV-TĐKT",
                        "0602.N/BNV-TĐKT", "0603.N/BNV-TĐKT", "0604.N/BNV-TĐKT", "0605.N/BNV-TĐKT")))
                .andExpect(jsonPath("$.forms[0].title").value("SỐ PHONG TRÀO THI ĐUA"))
                .andExpect(jsonPath("$.forms[0].citation").value(containsString("02/2023/TT-BNV")))
                .andExpect(jsonPath("$.forms[0].dueDate").value("2026-12-15"))
                .andExpect(jsonPath("$.forms[3].layoutStatus").value(containsString("NOT found")))
                .andExpect(jsonPath("$.warnings[0]").value(containsString("18/2025/TT-BNV")));
        mvc.perform(get("/api/v1/statistics/forms").param("year", "2022").with(TestTokens.leader()))
                .andExpect(jsonPath("$.forms.length()").value(0))
                .andExpect(jsonPath("$.warnings", hasItem(containsString("2022"))));
        mvc.perform(get("/api/v1/statistics/forms/0609").param("year", "2026").with(TestTokens.leader()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("statistics.form-not-found"));
        mvc.perform(get("/api/v1/statistics/forms").param("year", "2026").with(TestTokens.unitOfficer("SGDDT")))
                .andExpect(status().isForbidden());
    }

    @Test
    void form0601CountsTheMovementsLaunchedInThePeriod() throws Exception {
        Sheet sheet = download("0601");
        headerBlock(sheet, "0601.N/BNV-TĐKT", "SỐ PHONG TRÀO THI ĐUA");
        Table table = new Table(sheet);
        assertThat(table.headerTexts()).contains("Tổng số",
                "Số phong trào thi đua chia theo cấp chủ trì phát động thi đua",
                "Cấp Trung ương (Hội đồng Thi đua - Khen thưởng Trung ương)", "Cơ quan, tổ chức, đơn vị");
        assertThat(table.codes()).containsExactly("A", "B", "1", "2", "3", "4");
        table.row("01", "Tổng số", 3, 0, 3, 0);
        table.row("02", "- Toàn quốc", 0, 0, 0, 0);
        table.row("03", "- Bộ, ban, ngành đoàn thể, địa phương", 3, 0, 3, 0);
        table.row("04", "- Cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng các cấp tổ chức", 0, 0, 0, 0);
        table.row("05", "- Cơ quan, tổ chức, đơn vị", 0, 0, 0, 0);
        table.row("06", "- Dưới 1 năm", 1, 0, 1, 0);
        table.row("07", "- 1 năm", 1, 0, 1, 0);
        table.row("08", "- Từ 1 năm đến dưới 3 năm", 0, 0, 0, 0);
        table.row("09", "- Từ 3 năm đến dưới 5 năm", 0, 0, 0, 0);
        table.row("10", "- Từ 5 năm trở lên", 1, 0, 1, 0);
        table.row("11", "- Thi đua theo chuyên đề", 1, 0, 1, 0);
        table.row("12", "- Thi đua thường xuyên hàng năm", 2, 0, 2, 0);
        table.heading("1. Chia theo phạm vi tổ chức thi đua");
        assertThat(table.labelOf(null, "3. Chia theo phương thức tổ chức phong trào thi đua")).isTrue();
    }

    @Test
    void form0602CountsStateLevelAwardsByFamilyAndSubject() throws Exception {
        Sheet sheet = download("0602");
        headerBlock(sheet, "0602.N/BNV-TĐKT", "SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC");
        Table table = new Table(sheet);
        assertThat(table.codes()).containsExactly("A", "B", "C", "1", "2", "2", "2", "2", "3", "4", "5", "5", "6",
                "7", "7", "8", "9", "9");
        assertThat(table.subs()).contains("Huân chương - Tập thể", "Huân chương - Cá nhân", "Huy chương - Cá nhân");
        // Tổng số, HC-TT, HC-CN, HuyC-TT, HuyC-CN, GT HCM, GT NN, DHVD-TT, DHVD-CN, Cờ CP, BK TTg-TT, BK TTg-CN, CSTĐTQ,
        // Khác-TT, Khác-CN
        table.row("1", "Tổng số", 3, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0);
        table.row("2", "- Bộ, ban, ngành, đoàn thể Trung ương", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        table.row("3", "- Tỉnh, thành phố trực thuộc Trung ương", 3, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0);
        table.row("6", "- Tập thể", 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0);
        table.row("7", "Trong đó: Doanh nghiệp", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        table.row("8", "- Hộ gia đình", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        table.row("9", "- Cá nhân", 2, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0);
        assertThat(table.unitOf("6")).isEqualTo("Tập thể");
        assertThat(table.unitOf("3")).isEqualTo("Tỉnh, TP");
        for (String blank : List.of("10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21")) {
            table.blank(blank);
        }
        assertThat(table.notes()).anyMatch(n -> n.startsWith("Mã số 10, 11, 12, 13, 14: Sự kiện award-decided"));
        assertThat(table.notes()).anyMatch(n -> n.startsWith("Mã số 15, 16, 17, 18, 19, 20, 21:"));
    }

    @Test
    void form0603CountsProvinceLevelAwardsInThePeriodWithoutRevokedOnes() throws Exception {
        Sheet sheet = download("0603");
        headerBlock(sheet, "0603.N/BNV-TĐKT", "SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH, "
                + "THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG");
        Table table = new Table(sheet);
        assertThat(table.codes()).containsExactly("A", "B", "C", "1", "2", "3", "4", "5");
        assertThat(table.headerTexts()).contains("Chia ra", "Bằng khen", "Chiến sĩ thi đua cấp bộ, cấp tỉnh");
        table.row("01", "Tổng số", 6, 4, 1, 1, 0);
        table.row("02", "- Tập thể", 3, 2, 0, 1, 0);
        table.row("03", "Trong đó: Doanh nghiệp", 1, 1, 0, 0, 0);
        table.row("04", "- Hộ gia đình", 1, 1, 0, 0, 0);
        table.row("05", "- Cá nhân", 2, 1, 1, 0, 0);
        for (String blank : List.of("06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17")) {
            table.blank(blank);
        }
        assertThat(table.unitOf("05")).isEqualTo("Người");
    }

    @Test
    void forms0604And0605CarryTheirTitleAndSayWhyTheyAreBlank() throws Exception {
        for (String[] form : new String[][] {{"0604", "SỐ LƯỢNG TỔ CHỨC LÀM CÔNG TÁC THI ĐUA, KHEN THƯỞNG"},
                {"0605", "SỐ LƯỢNG CÔNG CHỨC LÀM CÔNG TÁC THI ĐUA, KHEN THƯỞNG"}}) {
            Sheet sheet = download(form[0]);
            headerBlock(sheet, form[0] + ".N/BNV-TĐKT", form[1]);
            Table table = new Table(sheet);
            assertThat(table.codes()).containsExactly("A", "B", "1");
            table.blank("01");
            assertThat(table.notes()).anyMatch(n -> n.startsWith("Mã số 01: Bố cục chính thức của biểu chưa được xác minh"));
            assertThat(table.notes()).anyMatch(n -> n.contains("not found") || n.contains("NOT found"));
        }
    }

    @Test
    void theYearlyDutyOfTheSoNoiVuGetsItsLadderTowards15December() {
        // when: the duty is opened on 20/11 (the nightly job), the ladder scans on 30/11
        clock.set(LocalDate.of(2026, 11, 20));
        statistics.ensureYearlyDuty(2026);
        statistics.ensureYearlyDuty(2026);
        clock.set(LocalDate.of(2026, 11, 30));
        scanner.scan();

        // then: one duty for SNV, due 15/12, reminded 15 days ahead (30/11 is a Monday)
        var due = emitted(ReportDutyDocument.COLLECTION, EventTypes.REPORT_DUE);
        assertThat(due).hasSize(1);
        assertThat(due.get(0).payload()).contains("\"unitCode\":\"SNV\"", "\"dueDate\":\"2026-12-15\"",
                "\"offsetDays\":15", "\"obligationId\":\"statistics-2026\"", "\"period\":\"2026\"");
    }

    private Sheet download(String key) throws Exception {
        byte[] xlsx = mvc.perform(get("/api/v1/statistics/forms/" + key).param("year", "2026")
                        .with(TestTokens.snvOfficer()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition", containsString(key + ".N-BNV-TDKT-2026.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx)).getSheetAt(0);
    }

    private static void headerBlock(Sheet sheet, String code, String title) {
        assertThat(text(sheet, 0, 0)).isEqualTo("Biểu số: " + code);
        assertThat(text(sheet, 1, 0)).isEqualTo("Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023");
        assertThat(text(sheet, 2, 0)).isEqualTo("Ngày nhận báo cáo: Ngày 15 tháng 12 năm báo cáo");
        assertThat(rowTexts(sheet, 0)).contains("Đơn vị báo cáo: Ủy ban nhân dân tỉnh (Sở Nội vụ)");
        assertThat(rowTexts(sheet, 1)).contains("Đơn vị nhận báo cáo: Bộ Nội vụ (Ban Thi đua - Khen thưởng Trung ương)");
        assertThat(text(sheet, 4, 0)).isEqualTo(title);
        assertThat(text(sheet, 5, 0)).isEqualTo("Năm 2026");
        assertThat(text(sheet, 6, 0)).isEqualTo("(Kỳ báo cáo: từ ngày 01/12/2025 đến ngày 30/11/2026)");
    }

    private static String text(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        return cell == null ? null : new DataFormatter().formatCellValue(cell);
    }

    private static List<String> rowTexts(Sheet sheet, int r) {
        List<String> texts = new ArrayList<>();
        sheet.getRow(r).forEach(cell -> texts.add(new DataFormatter().formatCellValue(cell)));
        return texts;
    }

    /** The table of a form sheet, found by its row of column codes (A, B, ...). */
    private static final class Table {
        private final Sheet sheet;
        private final int codeRow;
        private final int width;

        Table(Sheet sheet) {
            this.sheet = sheet;
            int found = -1;
            for (int r = 0; r <= sheet.getLastRowNum() && found < 0; r++) {
                if ("A".equals(text(sheet, r, 0)) && "B".equals(text(sheet, r, 1))) {
                    found = r;
                }
            }
            assertThat(found).as("row of column codes").isPositive();
            this.codeRow = found;
            this.width = sheet.getRow(found).getLastCellNum();
        }

        List<String> codes() {
            List<String> codes = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                codes.add(text(sheet, codeRow, c));
            }
            return codes;
        }

        List<String> subs() {
            return rowTexts(sheet, codeRow - 1);
        }

        List<String> headerTexts() {
            List<String> texts = new ArrayList<>();
            for (int r = 8; r < codeRow; r++) {
                texts.addAll(rowTexts(sheet, r));
            }
            return texts;
        }

        private int fixedColumns() {
            return "C".equals(text(sheet, codeRow, 2)) ? 3 : 2;
        }

        private Row find(String code) {
            for (int r = codeRow + 1; r <= sheet.getLastRowNum(); r++) {
                if (code.equals(text(sheet, r, 1))) {
                    return sheet.getRow(r);
                }
            }
            throw new AssertionError("no row with Mã số " + code);
        }

        void row(String code, String label, long... values) {
            Row row = find(code);
            assertThat(new DataFormatter().formatCellValue(row.getCell(0))).as("label of %s", code).isEqualTo(label);
            int fixed = fixedColumns();
            assertThat(width - fixed).as("value columns").isEqualTo(values.length);
            for (int i = 0; i < values.length; i++) {
                Cell cell = row.getCell(fixed + i);
                assertThat(cell.getCellType()).as("cell %s/%d", code, i + 1).isEqualTo(CellType.NUMERIC);
                assertThat((long) cell.getNumericCellValue()).as("Mã số %s, column %d (%s)", code, i + 1,
                        text(sheet, codeRow, fixed + i)).isEqualTo(values[i]);
            }
        }

        void blank(String code) {
            Row row = find(code);
            for (int c = fixedColumns(); c < width; c++) {
                assertThat(row.getCell(c).getCellType()).as("Mã số %s column %d left blank", code, c)
                        .isEqualTo(CellType.BLANK);
            }
        }

        void heading(String label) {
            assertThat(labelOf(null, label)).as("heading %s", label).isTrue();
        }

        boolean labelOf(String code, String label) {
            for (int r = codeRow + 1; r <= sheet.getLastRowNum(); r++) {
                if (label.equals(text(sheet, r, 0))) {
                    String rowCode = text(sheet, r, 1);
                    return code == null ? rowCode == null || rowCode.isEmpty() : code.equals(rowCode);
                }
            }
            return false;
        }

        String unitOf(String code) {
            return new DataFormatter().formatCellValue(find(code).getCell(2));
        }

        List<String> notes() {
            List<String> notes = new ArrayList<>();
            boolean after = false;
            for (int r = codeRow + 1; r <= sheet.getLastRowNum(); r++) {
                String text = text(sheet, r, 0);
                if ("Ghi chú:".equals(text)) {
                    after = true;
                } else if (after && text != null && !text.isEmpty()) {
                    notes.add(text);
                }
            }
            return notes;
        }
    }
}
