package vn.tdkt.nomination.nomineeimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import vn.tdkt.nomination.dossier.application.DossierService;
import vn.tdkt.nomination.nomineeimport.application.NomineeImportService;
import vn.tdkt.nomination.support.NominationApiTest;
import vn.tdkt.platformtest.security.TestTokens;

/** The bulk import end to end: template, upload and preview, confirm all or nothing. */
class NomineeImportTest extends NominationApiTest {

    static final String IMPORTS = "/api/v1/nominee-imports";

    @Autowired NomineeImportService imports;
    @Autowired DossierService dossiers;

    @BeforeEach
    void today() {
        clock.set(LocalDate.of(2025, 12, 1));
    }

    byte[] template() throws Exception {
        return mvc.perform(get(IMPORTS + "/template").with(own())).andExpect(status(200)).andReturn().getResponse()
                .getContentAsByteArray();
    }

    /** A list of nominees ({@link NomineeSheets#person}, {@link NomineeSheets#collective}) on the served template. */
    @SafeVarargs
    final byte[] nominees(List<String>... rows) throws Exception {
        return NomineeSheets.fill(template(), List.of(rows));
    }

    String upload(String batch, byte[] xlsx, int expected) throws Exception {
        return mvc.perform(multipart(IMPORTS).file(new MockMultipartFile("file", "danh-sach.xlsx",
                        "application/octet-stream", xlsx)).param("batchId", batch).with(own()))
                .andExpect(status(expected)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The mistakes the preview of {@code xlsx} lists for its first row, in the order it lists them. */
    List<String> firstRowErrors(String batch, byte[] xlsx) throws Exception {
        return JsonPath.read(upload(batch, xlsx, 201), "$.rows[0].errors");
    }

    /** Uploads {@code xlsx} for {@code batch}, expects its preview and answers the import's id. */
    String previewed(String batch, byte[] xlsx) throws Exception {
        return JsonPath.read(upload(batch, xlsx, 201), "$.id");
    }

    int visibleInBatch(String batch) throws Exception {
        return JsonPath.read(mvc.perform(get(DOSSIERS).param("batchId", batch).with(own())).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8), "$.total");
    }

    @Test
    void the_template_has_vietnamese_headers() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Danh sách đề nghị");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Họ và tên / Tên tập thể (*)");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(7).getStringCellValue())
                    .isEqualTo("Mã hình thức khen thưởng (*)");
        }
    }

    @Test
    void a_list_longer_than_any_batch_is_refused_without_reading_it_into_memory() throws Exception {
        String batch = createBatch(own(), null);
        byte[] tooLong;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                        nominees(NomineeSheets.person("Nguyễn Văn An", "12/05/1980", "Nam", null, "LDTT", null))));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // one row past the limit, far down the sheet: the streamed read stops there
            workbook.getSheetAt(0).createRow(NomineeSheets.MAX_ROWS + 1).createCell(0).setCellValue("Trần Văn Bình");
            workbook.write(out);
            tooLong = out.toByteArray();
        }

        String problem = upload(batch, tooLong, 400);

        assertThat(JsonPath.<String>read(problem, "$.code")).isEqualTo("nominee-import.too-many-rows");
        assertThat(JsonPath.<String>read(problem, "$.detail")).contains("5000");
        assertThat(visibleInBatch(batch)).isZero();
    }

    @Test
    void a_list_is_previewed_row_by_row_and_confirmed_into_the_batchs_dossiers() throws Exception {
        String batch = createBatch(own(), null);
        byte[] withErrors = nominees(
                NomineeSheets.person("Nguyễn Văn An", "12/05/1980", "Nam", null, "LDTT", null),
                NomineeSheets.person("Lê Thị Bình", "31/02/1990", "Nữ", null, "LDTT", null),
                NomineeSheets.person("Nguyễn Văn An", "12/05/1980", "Nam", null, "LDTT", null),
                NomineeSheets.person("Hoàng Văn Cường", "01/01/1979", "Nam", null, "KHONG_CO", null));
        String preview = upload(batch, withErrors, 201);
        assertThat((Integer) JsonPath.read(preview, "$.total")).isEqualTo(4);
        assertThat((Integer) JsonPath.read(preview, "$.valid")).isEqualTo(1);
        assertThat(String.join(" ", JsonPath.<List<String>>read(preview, "$.rows[1].errors"))).contains("31/02/1990");
        assertThat(String.join(" ", JsonPath.<List<String>>read(preview, "$.rows[2].errors"))).contains("dòng 2");
        assertThat(String.join(" ", JsonPath.<List<String>>read(preview, "$.rows[3].errors"))).contains("KHONG_CO");
        assertThat(JsonPath.<Object>read(preview, "$.rows[0].eligible")).as("judged by the rules").isNotNull();
        String rejected = JsonPath.read(preview, "$.id");
        mvc.perform(post(IMPORTS + "/" + rejected + "/confirm").with(own())).andExpect(status(409));
        assertThat(visibleInBatch(batch)).isZero();

        byte[] clean = nominees(
                NomineeSheets.person("Nguyễn Văn An", "12/05/1980", "Nam", "001080012345", "LDTT", null),
                NomineeSheets.person("Lê Thị Bình", "21/02/1990", "Nữ", null, "CSTDCS", "QD-7/2025"),
                NomineeSheets.collective("Tổ Toán, Trường THPT Chiềng Sinh", null, "20", "15"));
        String importId = previewed(batch, clean);
        mvc.perform(post(IMPORTS + "/" + importId + "/confirm").with(TestTokens.unitOfficer(OTHER)))
                .andExpect(status(404));
        String confirmed = mvc.perform(post(IMPORTS + "/" + importId + "/confirm").with(own()))
                .andExpect(status(200)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((Integer) JsonPath.read(confirmed, "$.dossiersCreated")).isEqualTo(3);
        assertThat(visibleInBatch(batch)).isEqualTo(3);
        String again = mvc.perform(post(IMPORTS + "/" + importId + "/confirm").with(own())).andExpect(status(409))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<String>read(again, "$.code")).isEqualTo("nominee-import.not-confirmable");
        assertThat(JsonPath.<String>read(again, "$.detail")).contains("Đã tạo hồ sơ");
        assertThat(visibleInBatch(batch)).as("a second confirm creates nothing").isEqualTo(3);
    }

    @Test
    void every_mistake_of_a_row_is_listed_in_one_preview() throws Exception {
        String batch = createBatch(own(), null);
        byte[] list = nominees(NomineeSheets.person("Lê Thị Bình", "31/02/1990", "Nu ông", null, "KHONG_CO", null));

        List<String> errors = firstRowErrors(batch, list);

        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).as("in column order").contains("31/02/1990");
        assertThat(errors.get(1)).contains("Nu ông");
        assertThat(errors.get(2)).contains("KHONG_CO");
    }

    @Test
    void what_a_person_needs_is_told_at_its_own_column() throws Exception {
        String batch = createBatch(own(), null);
        List<String> row = new java.util.ArrayList<>(
                NomineeSheets.person(null, "04/04/1984", "Nam", "12345", "LDTT", null));
        row.set(4, null); // no position

        List<String> errors = firstRowErrors(batch, nominees(row));

        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).contains("Họ và tên");
        assertThat(errors.get(1)).contains("Chức vụ");
        assertThat(errors.get(2)).contains("12345");
    }

    @Test
    void a_row_the_dossier_itself_refuses_is_that_rows_mistake_not_the_whole_lists() throws Exception {
        String batch = createBatch(own(), null);
        List<String> noSummary = new java.util.ArrayList<>(
                NomineeSheets.person("Đinh Văn Hải", "04/04/1984", "Nam", null, "LDTT", null));
        noSummary.set(9, null);
        List<String> pastYear = new java.util.ArrayList<>(
                NomineeSheets.person("Mai Thị Yến", "05/05/1985", "Nữ", null, "LDTT", null));
        pastYear.set(8, "1999");

        String preview = upload(batch, nominees(noSummary, pastYear,
                NomineeSheets.person("Tạ Văn Sơn", "06/06/1986", "Nam", null, "LDTT", null)), 201);

        assertThat((Integer) JsonPath.read(preview, "$.valid")).isEqualTo(1);
        assertThat(JsonPath.<List<String>>read(preview, "$.rows[0].errors")).hasSize(1);
        assertThat(String.join(" ", JsonPath.<List<String>>read(preview, "$.rows[1].errors"))).contains("1999");
    }

    @Test
    void a_list_uploaded_again_is_held_against_the_batchs_own_drafts() throws Exception {
        String batch = createBatch(own(), null);
        byte[] list = nominees(
                NomineeSheets.person("Nguyễn Văn An", "12/05/1980", "Nam", "001080012345", "LDTT", null),
                NomineeSheets.person("Trần Thị Thu", "02/03/1985", "Nữ", null, "LDTT", null));
        String first = previewed(batch, list);
        mvc.perform(post(IMPORTS + "/" + first + "/confirm").with(own())).andExpect(status(200));

        String again = upload(batch, list, 201);

        assertThat((Integer) JsonPath.read(again, "$.valid")).isZero();
        assertThat(String.join(" ", JsonPath.<List<String>>read(again, "$.rows[0].errors")))
                .contains("đã có hồ sơ của Nguyễn Văn An");
        assertThat(String.join(" ", JsonPath.<List<String>>read(again, "$.rows[1].errors")))
                .contains("đã có hồ sơ của Trần Thị Thu");
        mvc.perform(post(IMPORTS + "/" + JsonPath.read(again, "$.id") + "/confirm").with(own()))
                .andExpect(status(409));
        assertThat(visibleInBatch(batch)).isEqualTo(2);
    }

    @Test
    void a_preview_whose_batch_gained_the_same_proposals_since_is_not_confirmed() throws Exception {
        String batch = createBatch(own(), null);
        byte[] list = nominees(
                NomineeSheets.person("Phạm Văn Đức", "07/08/1975", "Nam", null, "LDTT", null),
                NomineeSheets.person("Vũ Thị Lan", "09/10/1982", "Nữ", null, "LDTT", null));
        String first = previewed(batch, list);
        String second = JsonPath.read(upload(batch, nominees(
                NomineeSheets.person("Vũ Thị Lan", "09/10/1982", "Nữ", null, "LDTT", null)), 201), "$.id");
        mvc.perform(post(IMPORTS + "/" + first + "/confirm").with(own())).andExpect(status(200));

        String problem = mvc.perform(post(IMPORTS + "/" + second + "/confirm").with(own()))
                .andExpect(status(409)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(JsonPath.<String>read(problem, "$.code")).isEqualTo("nominee-import.batch-changed");
        assertThat(visibleInBatch(batch)).isEqualTo(2);
    }

    @Test
    void of_two_overlapping_lists_confirmed_at_once_the_second_to_check_is_refused() throws Exception {
        String batch = createBatch(own(), null);
        String first = previewed(batch, nominees(
                NomineeSheets.person("Lương Văn Tú", "02/02/1972", "Nam", null, "LDTT", null)));
        String second = previewed(batch, nominees(
                NomineeSheets.person("Lương Văn Tú", "02/02/1972", "Nam", null, "LDTT", null)));
        // the first is claimed and writing its still-hidden dossiers
        mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id").is(first)),
                new org.springframework.data.mongodb.core.query.Update().set("status", "CONFIRMING")
                        .set("claimedAt", clock.instant()), "nominee_imports");

        String problem = mvc.perform(post(IMPORTS + "/" + second + "/confirm").with(own()))
                .andExpect(status(409)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(JsonPath.<String>read(problem, "$.code")).isEqualTo("nominee-import.batch-changed");
        assertThat(JsonPath.<String>read(mvc.perform(get(IMPORTS + "/" + second).with(own())).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8), "$.status"))
                .as("released for a later try").isEqualTo("PREVIEWED");
    }

    @Test
    void a_confirmation_that_dies_before_its_flip_leaves_nothing_visible_and_is_cleaned_up() throws Exception {
        String batch = createBatch(own(), null);
        byte[] list = nominees(
                NomineeSheets.person("Đỗ Thị Hà", "03/04/1988", "Nữ", null, "LDTT", null),
                NomineeSheets.person("Bùi Văn Khoa", "05/06/1977", "Nam", null, "LDTT", null));
        String importId = previewed(batch, list);

        // what a confirmation does up to its last write, then the process dies
        mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id").is(importId)),
                new org.springframework.data.mongodb.core.query.Update().set("status", "CONFIRMING")
                        .set("claimedAt", clock.instant()), "nominee_imports");
        var prepared = mongo.find(org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("importId").is(importId)),
                vn.tdkt.nomination.nomineeimport.persistence.NomineeRowDocument.class).stream()
                .map(vn.tdkt.nomination.nomineeimport.persistence.NomineeRowDocument::prepared).toList();
        dossiers.insertStaged(prepared);
        List<String> written = prepared.stream().map(d -> d.getString("_id")).toList();
        assertThat(mongo.getCollection("dossiers").countDocuments()).isEqualTo(2);

        assertThat(visibleInBatch(batch)).as("half-written imports are invisible").isZero();
        mvc.perform(get(DOSSIERS + "/" + written.get(0)).with(own())).andExpect(status(404));
        mvc.perform(post(IMPORTS + "/" + importId + "/confirm").with(own())).andExpect(status(409));

        clock.plus(Duration.ofMinutes(16));
        assertThat(imports.cleanUpAbandoned(Duration.ofMinutes(15))).isEqualTo(1);
        assertThat(mongo.getCollection("dossiers").countDocuments()).isZero();
        mvc.perform(post(IMPORTS + "/" + importId + "/confirm").with(own())).andExpect(status(200));
        assertThat(visibleInBatch(batch)).isEqualTo(2);
    }
}
