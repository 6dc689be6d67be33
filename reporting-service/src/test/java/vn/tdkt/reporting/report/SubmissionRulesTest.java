package vn.tdkt.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import vn.tdkt.platformtest.security.TestTokens;
import vn.tdkt.reporting.report.persistence.ReportDutyDocument;
import vn.tdkt.reporting.support.ReportingTest;

/** What a submission must be; a refused one changes nothing and leaves no file behind. */
class SubmissionRulesTest extends ReportingTest {

    private String dutyId;

    @BeforeEach
    void aSixMonthReportOfSoGiaoDuc() throws Exception {
        clock.set(LocalDate.of(2026, 6, 1));
        unitsRegistered("SGDDT", "SYT", "SNV");
        mvc.perform(post("/api/v1/report-obligations").contentType(MediaType.APPLICATION_JSON).content("""
                {"title":"Sơ kết 6 tháng","kind":"SIX_MONTH","period":"2026-H1","dueDate":"2026-06-15",
                 "units":["SGDDT"],"templateCode":"SO_KET_6_THANG"}""").with(TestTokens.snvOfficer()))
                .andExpect(status().isCreated());
        dutyId = JsonPath.read(mvc.perform(get("/api/v1/report-duties").with(TestTokens.unitOfficer("SGDDT")))
                .andReturn().getResponse().getContentAsString(), "$[0].id");
    }

    private org.springframework.test.web.servlet.ResultActions submit(String name, byte[] content, String figures,
            String ifMatch) throws Exception {
        var request = multipart("/api/v1/report-submissions").file(new MockMultipartFile("file", name,
                "application/pdf", content)).param("dutyId", dutyId).with(TestTokens.unitOfficer("SGDDT"));
        if (figures != null) {
            request.param("figures", figures);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return mvc.perform(request);
    }

    static final String FIGURES = "{\"MOVEMENTS_LAUNCHED\":1,\"DOSSIERS_SENT\":2,\"AWARDS_UNIT_LEVEL\":3,"
            + "\"AWARDS_PROVINCE_LEVEL\":0}";

    @Test
    void theTypeComesFromTheContentNotTheName() throws Exception {
        submit("bao-cao.pdf", "Xin chào, đây không phải PDF".getBytes(), FIGURES, null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("report.file-type-refused"));
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Số liệu").createRow(0).createCell(0).setCellValue(1);
            workbook.write(xlsx);
        }
        submit("so-lieu.xlsx", xlsx.toByteArray(), FIGURES, null)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType")
                        .value("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(jsonPath("$.complete").value(false));
    }

    @Test
    void aRefusedSubmissionLeavesNoFileAndNoEvent() throws Exception {
        submit("bc.pdf", "%PDF-1.4\n%%EOF".getBytes(), "{\"DOSSIERS_SENT\":2}", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("report.figure-missing"));
        submit("bc.pdf", "%PDF-1.4\n%%EOF".getBytes(), "{not json", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("report.figures-invalid"));
        submit("bc.pdf", "%PDF-1.4\n%%EOF".getBytes(), FIGURES, "\"7\"")
                .andExpect(status().isPreconditionFailed());
        submit("bc.pdf", new byte[0], FIGURES, null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("report.file-missing"));

        assertThat(count("fs.files")).as("stored files").isZero();
        assertThat(outbox(ReportDutyDocument.COLLECTION)).isEmpty();
    }

    @Test
    void anotherUnitCannotSubmitNorSeeTheFile() throws Exception {
        String etag = mvc.perform(get("/api/v1/report-duties/" + dutyId).with(TestTokens.unitOfficer("SGDDT")))
                .andReturn().getResponse().getHeader("ETag");
        submit("bc.pdf", "%PDF-1.4\n%%EOF".getBytes(), FIGURES, etag).andExpect(status().isCreated());
        mvc.perform(multipart("/api/v1/report-submissions").file(new MockMultipartFile("file", "bc.pdf",
                        "application/pdf", "%PDF-1.4\n%%EOF".getBytes())).param("dutyId", dutyId)
                        .with(TestTokens.unitOfficer("SYT")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("report.duty-not-found"));
        String submission = JsonPath.read(mvc.perform(get("/api/v1/report-submissions").param("dutyId", dutyId)
                .with(TestTokens.unitOfficer("SGDDT"))).andReturn().getResponse().getContentAsString(), "$[0].id");
        mvc.perform(get("/api/v1/report-submissions/" + submission + "/file").with(TestTokens.unitOfficer("SYT")))
                .andExpect(status().isNotFound());
        submit("bc.pdf", "%PDF-1.4\n%%EOF".getBytes(), FIGURES, null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("report.already-submitted"));
    }

    @Test
    void obligationsAreCheckedInVietnameseOrEnglish() throws Exception {
        mvc.perform(post("/api/v1/report-obligations").contentType(MediaType.APPLICATION_JSON).content("""
                        {"title":"Sơ kết","kind":"SIX_MONTH","period":"2026-S1","dueDate":"2026-06-15",
                         "units":["SGDDT"],"templateCode":"SO_KET_6_THANG"}""").with(TestTokens.snvOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("report.period-invalid"))
                .andExpect(jsonPath("$.detail").value("Kỳ báo cáo \"2026-S1\" không hợp lệ; dùng dạng 2026, "
                        + "2026-H1, 2026-Q3 hoặc 2026-06."));
        mvc.perform(post("/api/v1/report-obligations").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en").content("""
                        {"title":"Thống kê","kind":"STATISTICAL","period":"2026","dueDate":"2026-12-15",
                         "units":["SNV"],"templateCode":"THONG_KE_TDKT"}""").with(TestTokens.snvOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("report.kind-not-definable"))
                .andExpect(jsonPath("$.detail").value(
                        "Report kind STATISTICAL is created by the system and cannot be defined directly."));
        mvc.perform(post("/api/v1/report-obligations").contentType(MediaType.APPLICATION_JSON).content("""
                        {"title":"","kind":"ANNUAL","period":"2026","dueDate":"2026-12-10","units":[],
                         "templateCode":"TONG_KET_NAM"}""").with(TestTokens.snvOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation.failed"));
        assertThat(count("report_obligations")).isEqualTo(1);
    }

    @Test
    void anObligationNamesOnlyKnownUnitsAndIsDueInOrAfterItsPeriod() throws Exception {
        mvc.perform(post("/api/v1/report-obligations").contentType(MediaType.APPLICATION_JSON).content("""
                        {"title":"Chuyên đề","kind":"THEMATIC","period":"2026-Q2","dueDate":"2026-06-30",
                         "units":["SGDDT","XYZ","sgddt","XYZ"],"templateCode":"SO_KET_6_THANG"}""")
                        .with(TestTokens.snvOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("report.units-unknown"))
                .andExpect(jsonPath("$.detail").value("Không có đơn vị mang mã: XYZ, sgddt. Mã đơn vị viết hoa, "
                        + "như trong danh mục đơn vị (ví dụ SGDDT)."));
        for (String[] periodAndDue : new String[][] {{"2026-H2", "2026-03-01"}, {"2026", "2025-12-10"},
                {"2026-Q3", "2026-06-30"}, {"2026-06", "2028-01-05"}}) {
            mvc.perform(post("/api/v1/report-obligations").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"title\":\"Sơ kết\",\"kind\":\"SIX_MONTH\",\"period\":\"" + periodAndDue[0]
                                    + "\",\"dueDate\":\"" + periodAndDue[1] + "\",\"units\":[\"SGDDT\"],"
                                    + "\"templateCode\":\"SO_KET_6_THANG\"}")
                            .with(TestTokens.snvOfficer()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("report.due-date-outside-period"));
        }
        // due in the period, or once it is over
        mvc.perform(post("/api/v1/report-obligations").contentType(MediaType.APPLICATION_JSON).content("""
                        {"title":"Chuyên đề","kind":"THEMATIC","period":"2026-Q3","dueDate":"2026-07-01",
                         "units":["SYT"],"templateCode":"SO_KET_6_THANG"}""").with(TestTokens.snvOfficer()))
                .andExpect(status().isCreated());
        assertThat(count("report_obligations")).isEqualTo(2);
        assertThat(count(ReportDutyDocument.COLLECTION)).isEqualTo(2);
    }

    @Test
    void aFigureIsAWholeNumberAndOneLeftBlankIsNotGiven() throws Exception {
        byte[] pdf = "%PDF-1.4\n%%EOF".getBytes();
        submit("bc.pdf", pdf, FIGURES.replace("\"DOSSIERS_SENT\":2", "\"DOSSIERS_SENT\":2.5"), null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("report.figures-invalid"));
        submit("bc.pdf", pdf, FIGURES.replace("\"DOSSIERS_SENT\":2", "\"DOSSIERS_SENT\":null"), null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("report.figure-missing"));
        assertThat(count("fs.files")).as("stored files").isZero();
        submit("bc.pdf", pdf, FIGURES.replace("}", ",\"REGISTRATIONS\":null}"), null)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.figures.DOSSIERS_SENT").value(2))
                .andExpect(jsonPath("$.figures.REGISTRATIONS").doesNotExist())
                .andExpect(jsonPath("$.complete").value(false));
    }
}
