package vn.tdkt.nomination.facts.ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import vn.tdkt.nomination.RegistersTestSupport;
import vn.tdkt.nomination.facts.ratings.persistence.RatingDocument;
import vn.tdkt.platformtest.security.TestTokens;

class RatingImportTest extends RegistersTestSupport {

    /** A workbook as a unit sends it: Vietnamese headers, a real date cell, numeric years, a collective row. */
    private static byte[] workbook() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Xếp loại 2026");
            String[] headers = {"STT", "Họ và tên", "Ngày sinh", "Số định danh cá nhân", "Mã đơn vị", "Năm",
                "Xếp loại"};
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Object[][] rows = {
                {1, "Nguyễn Thị Hồng", LocalDate.of(1985, 3, 15), "", "SGDDT", 2026, "Hoàn thành xuất sắc nhiệm vụ"},
                {2, "Trần Văn Bình", LocalDate.of(1979, 11, 2), "014079000321", "SGDDT", 2026, "HTTNV"},
                {3, "", null, "", "SGDDT", 2026, "HTXSNV"},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof Integer number) {
                        row.createCell(c).setCellValue(number);
                    } else if (value instanceof LocalDate day) {
                        row.createCell(c).setCellValue(day);
                        row.getCell(c).setCellStyle(date);
                    } else if (value != null) {
                        row.createCell(c).setCellValue((String) value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void an_xlsx_file_imports_persons_and_collectives() throws Exception {
        mvc.perform(multipart("/api/v1/ratings/imports").file(new MockMultipartFile("file", "xep-loai-2026.xlsx",
                        "application/octet-stream", workbook())).with(TestTokens.snvOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fileName").value("xep-loai-2026.xlsx"))
                .andExpect(jsonPath("$.rows").value(3))
                .andExpect(jsonPath("$.created").value(3))
                .andExpect(jsonPath("$.persons").value(2))
                .andExpect(jsonPath("$.collectives").value(1))
                .andExpect(jsonPath("$.years[0]").value(2026));

        mvc.perform(get("/api/v1/ratings").param("name", "NGUYEN THI HONG").param("birthDate", "1985-03-15")
                        .param("unit", "SGDDT").with(TestTokens.unitOfficer(OWN_UNIT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].fullName").value("Nguyễn Thị Hồng"))
                .andExpect(jsonPath("$.items[0].grade").value("HTXSNV"))
                .andExpect(jsonPath("$.items[0].row").value(2));
        mvc.perform(get("/api/v1/ratings").param("nationalId", "014079000321").with(TestTokens.snvOfficer()))
                .andExpect(jsonPath("$.items[0].fullName").value("Trần Văn Bình"));
        mvc.perform(get("/api/v1/ratings").param("unit", "SGDDT").param("year", "2026")
                        .with(TestTokens.unitOfficer(OTHER_UNIT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void a_csv_file_imports_and_a_second_import_replaces_the_same_years_rating() throws Exception {
        String csv = "\uFEFFHọ và tên;Ngày sinh;Mã đơn vị;Năm;Xếp loại\n"
                + "\"Nguyễn Thị Hồng\";15/03/1985;SGDDT;2025;HTTNV\n"
                + "\"Nguyễn Thị Hồng\";15/03/1985;SGDDT;2026;HTNV\r\n";
        mvc.perform(post("/api/v1/ratings/imports").with(TestTokens.admin()).contentType("text/csv")
                        .content(csv.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2));

        String correction = "Họ và tên,Ngày sinh,Số định danh cá nhân,Mã đơn vị,Năm,Xếp loại\n"
                + "Nguyễn Thị Hồng,15/03/1985,001085000777,SGDDT,2026,Hoàn thành tốt nhiệm vụ\n";
        mvc.perform(multipart("/api/v1/ratings/imports").file(new MockMultipartFile("file", "bo-sung.csv",
                        "text/csv", correction.getBytes(StandardCharsets.UTF_8))).with(TestTokens.snvOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(1));

        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), RatingDocument.class))
                .as("the row now carrying the national ID replaced the one kept by name").isEqualTo(2);
        mvc.perform(get("/api/v1/ratings").param("nationalId", "001085000777").with(TestTokens.snvOfficer()))
                .andExpect(jsonPath("$.items[0].grade").value("HTTNV"));
    }

    @Test
    void one_bad_row_imports_nothing_and_every_problem_is_named() throws Exception {
        String csv = "Họ và tên,Ngày sinh,Mã đơn vị,Năm,Xếp loại\n"
                + "Nguyễn Thị Hồng,15/03/1985,SGDDT,2026,HTXSNV\n"
                + "Lò Văn Páo,31/02/1990,SGDDT,2026,HTTNV\n"
                + "Cầm Thị Ngọc,01/01/1992,SGDDT,2026,TOT\n"
                + "Nguyễn Thị Hồng,15/03/1985,SGDDT,2026,HTTNV\n"
                + "Lường Văn Tâm,,SGDDT,20x6,HTNV\n";
        mvc.perform(post("/api/v1/ratings/imports").with(TestTokens.snvOfficer()).contentType("text/csv")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "vi").content(csv.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("rating.import.rejected"))
                .andExpect(jsonPath("$.errors.length()").value(5))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("Ngày sinh"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("31/02/1990")))
                .andExpect(jsonPath("$.errors[1].code").value("rating.import.grade-invalid"))
                .andExpect(jsonPath("$.errors[2].code").value("rating.import.duplicate-row"))
                .andExpect(jsonPath("$.errors[2].message").value(containsString("dòng 2")))
                .andExpect(jsonPath("$.errors[3].code").value("rating.import.year-invalid"))
                .andExpect(jsonPath("$.errors[4].code").value("rating.import.person-incomplete"));
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), RatingDocument.class))
                .isZero();

        mvc.perform(post("/api/v1/ratings/imports").with(TestTokens.snvOfficer()).contentType("text/csv")
                        .content("Họ và tên,Năm\nA,2026\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is("rating.import.column-missing"))));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        byte[] notAWorkbook = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8};
        for (byte[] content : new byte[][] {png, notAWorkbook}) {
            mvc.perform(multipart("/api/v1/ratings/imports").file(new MockMultipartFile("file", "xep-loai.xlsx",
                            "application/octet-stream", content)).with(TestTokens.snvOfficer()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("rating.import.format-unsupported"));
        }
    }
}
