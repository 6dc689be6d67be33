package vn.tdkt.plan.importing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tdkt.plan.importing.persistence.PlanImportDocument;
import vn.tdkt.plan.plan.persistence.PlanDocument;
import vn.tdkt.platformtest.time.MutableClock;
import vn.tdkt.plan.support.SeededRegistryTest;
import vn.tdkt.plantext.PlanDocx;
import vn.tdkt.plantext.PlanPdf;
import vn.tdkt.plantext.TestPlan;
import vn.tdkt.platformtest.security.TestTokens;

/** The plan importer through HTTP: preview, confirmation into a draft plan, rejections that store nothing. */
class PlanImportApiTest extends SeededRegistryTest {

    static final String TEXT_UTF8 = "text/plain; charset=UTF-8";

    @Autowired vn.tdkt.plan.importing.application.ImportGate gate;


    @BeforeEach
    void at() {
        clock.set(LocalDate.of(2025, 1, 3));
    }

    /** Sở Nội vụ's request to import {@code body}, for a test to add its headers to. */
    static MockHttpServletRequestBuilder importRequest(byte[] body, String contentType) {
        return post("/api/v1/plan-imports").with(TestTokens.snvOfficer()).contentType(contentType).content(body);
    }

    ResultActions postText(byte[] body, String contentType) throws Exception {
        return mvc.perform(importRequest(body, contentType));
    }

    String importDoc(String name, String contentType) throws Exception {
        MvcResult result = postText(ImportDocs.bytes(name), contentType).andExpect(status().isCreated()).andReturn();
        return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
    }

    ResultActions getImport(String id) throws Exception {
        return mvc.perform(get("/api/v1/plan-imports/" + id).with(TestTokens.snvOfficer()));
    }

    ResultActions discardImport(String id) throws Exception {
        return mvc.perform(post("/api/v1/plan-imports/" + id + "/discard").with(TestTokens.snvOfficer()));
    }

    /** What a preview of the Sơn La plan shows whatever format it came in: its header, legal bases and 24 rows. */
    static ResultMatcher[] sonLaPreview() {
        return new ResultMatcher[] {
                jsonPath("$.header.number").value("01/KH-UBND"),
                jsonPath("$.header.issuerUnit.code").value("UBND"),
                jsonPath("$.legalBases.length()").value(3),
                jsonPath("$.summary.tasks").value(24)};
    }

    ResultActions confirm(String id, String body) throws Exception {
        var request = post("/api/v1/plan-imports/" + id + "/confirm").with(TestTokens.snvOfficer());
        return mvc.perform(body == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(body));
    }

    long imports() {
        return mongo.count(new org.springframework.data.mongodb.core.query.Query(), PlanImportDocument.class);
    }

    long plans() {
        return mongo.count(new org.springframework.data.mongodb.core.query.Query(), PlanDocument.class);
    }

    @Nested
    class SonLaFixture {

        @Test
        void givenTheFixture_whenImported_thenThePreviewHasTheHeaderSectionsResponsibilitiesAndTiming() throws Exception {
            // when
            ResultActions preview = postText(ImportDocs.bytes(ImportDocs.SON_LA_2025), TEXT_UTF8);

            // then
            preview.andExpect(status().isCreated())
                    .andExpectAll(sonLaPreview())
                    .andExpect(header().exists("Location"))
                    .andExpect(header().exists("ETag"))
                    .andExpect(jsonPath("$.status").value("PREVIEW"))
                    .andExpect(jsonPath("$.createdByUnit").value("SNV"))
                    .andExpect(jsonPath("$.source.format").value("PLAIN_TEXT"))
                    .andExpect(jsonPath("$.source.declaredFormat").value("PLAIN_TEXT"))
                    .andExpect(jsonPath("$.header.date").value("2025-01-02"))
                    .andExpect(jsonPath("$.header.year").value(2025))
                    .andExpect(jsonPath("$.legalBases[1].documentNumber").value("98/2023/NĐ-CP"))
                    .andExpect(jsonPath("$.sections[*].number").value(org.hamcrest.Matchers.contains("I", "II", "III")))
                    .andExpect(jsonPath("$.sections[1].subsections.length()").value(6))
                    .andExpect(jsonPath("$.signer.name").value("Nguyễn Đình Việt"))
                    .andExpect(jsonPath("$.recipients.length()").value(8))
                    // section III: five bodies; the named units resolve, the two collective names are flagged
                    .andExpect(jsonPath("$.responsibilities.length()").value(5))
                    .andExpect(jsonPath("$.responsibilities[0].unit.code").value("CUM_KHOI_TINH"))
                    .andExpect(jsonPath("$.responsibilities[2].unit.code").value("HDTDKT"))
                    .andExpect(jsonPath("$.responsibilities[4].unitName").value("Sở Nội vụ"))
                    .andExpect(jsonPath("$.responsibilities[4].unit.code").value("SNV"))
                    .andExpect(jsonPath("$.responsibilities[4].duties.length()").value(5))
                    .andExpect(jsonPath("$.responsibilities[1].unit.status").value("UNRESOLVED"))
                    .andExpect(jsonPath("$.responsibilities[3].unit.status").value("UNRESOLVED"))
                    .andExpect(jsonPath("$.recurringDuties[*].frequency")
                            .value(org.hamcrest.Matchers.contains("REPORT_OBLIGATION", "REPORT_OBLIGATION")))
                    .andExpect(jsonPath("$.recurringDuties[0].units[0].code").value("CUM_KHOI_TINH"))
                    // parser warnings and the importer's unresolved-name warnings, none dropped
                    .andExpect(jsonPath("$.warnings[*].code").value(org.hamcrest.Matchers.contains("APPENDIX_DATE_MISMATCH",
                            "APPENDIX_PERIOD_MISSING", "UNIT_UNRESOLVED", "UNIT_UNRESOLVED")))
                    .andExpect(jsonPath("$.warnings[2].message").value(org.hamcrest.Matchers.containsString(
                            "Các Trưởng khối thi đua của tỉnh năm 2025")))
                    .andExpect(jsonPath("$.timing.progress[0].phase").value("NORMALISING"))
                    .andExpect(jsonPath("$.timing.progress[-1:].phase").value(org.hamcrest.Matchers.contains("DONE")))
                    .andExpect(jsonPath("$.timing.progress[-1:].fraction").value(org.hamcrest.Matchers.contains(1.0)))
                    .andExpect(jsonPath("$.timing.phases[*].phase").value(org.hamcrest.Matchers.hasItems(
                            "HEADER", "SECTIONS", "APPENDIX", "DONE")))
                    .andExpect(jsonPath("$.timing.parseMillis").isNumber());
        }

        @ParameterizedTest(name = "row {0}.{1}")
        @MethodSource("rows")
        void givenTheFixture_whenImported_thenEachAppendixTaskHasQuarterPeriodLeadAndCoordinators(String group,
                int row, Integer quarter, String period, String due, List<String> coordinatorCodes) throws Exception {
            String id = importDoc(ImportDocs.SON_LA_2025, TEXT_UTF8);

            String body = getImport(id)
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

            List<Map<String, Object>> tasks = JsonPath.read(body,
                    "$.tasks[?(@.group.numeral == '" + group + "' && @.row == " + row + ")]");
            assertThat(tasks).hasSize(1);
            Map<String, Object> task = tasks.get(0);
            assertThat(task.get("quarter")).isEqualTo(quarter);
            assertThat(task.get("period")).isEqualTo(period);
            assertThat(task.get("dueDate")).isEqualTo(due);
            assertThat(JsonPath.<String>read(task, "$.lead.written")).isEqualTo("Sở Nội vụ");
            assertThat(JsonPath.<String>read(task, "$.lead.code")).isEqualTo("SNV");
            assertThat(JsonPath.<List<String>>read(task, "$.coordinators[*].code")).containsExactlyElementsOf(coordinatorCodes);
            assertThat(JsonPath.<List<String>>read(task, "$.coordinators[*].status")).containsOnly("RESOLVED");
        }

        static Stream<Arguments> rows() {
            return Stream.of(
                    Arguments.of("I", 1, 1, "01/2025", "2025-01-31", List.of("HDTDKT", "CUM_KHOI_TINH")),
                    Arguments.of("I", 2, 1, "01/2025", "2025-01-31", List.of("VPUBND")),
                    Arguments.of("I", 6, 1, "03/2025", "2025-03-31", List.of("VPUBND", "CUM_KHOI_TINH")),
                    Arguments.of("II", 1, 2, "04/2025", "2025-04-30", List.of("RELATED_UNITS")),
                    Arguments.of("III", 2, 3, "7/2025", "2025-07-31", List.of("LANH_DAO_TINH", "VPUBND")),
                    Arguments.of("III", 3, 3, "9/2025", "2025-09-30", List.of("VPUBND", "RELATED_UNITS")),
                    Arguments.of("III", 4, 3, "Trong quý III", "2025-09-30", List.of("CUM_KHOI_TINH")),
                    Arguments.of("IV", 1, 4, "10/2025", "2025-10-31", List.of("HDTDKT", "CUM_KHOI_TINH")),
                    Arguments.of("IV", 4, 4, "11/2025", "2025-11-30", List.of("ALL_UNITS")),
                    Arguments.of("V", 1, null, "Thường xuyên", null, List.of("ALL_UNITS")),
                    Arguments.of("V", 2, null, null, null, List.of("CUM_KHOI_TINH")));
        }

        @Test
        void givenThePreview_whenConfirmedWithoutMappings_thenADraftPlanWithEveryTaskExistsAndCanBePublished()
                throws Exception {
            // given
            String id = importDoc(ImportDocs.SON_LA_2025, TEXT_UTF8);
            long plansBefore = plans();

            // when: the local stack's demo loader sends no body
            MvcResult confirmed = confirm(id, null)
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.planId").value(id))
                    .andExpect(jsonPath("$.planStatus").value("DRAFT"))
                    .andExpect(jsonPath("$.appendixTasks").value(24))
                    .andExpect(jsonPath("$.recurringDuties").value(2))
                    .andExpect(jsonPath("$.taskCount").value(26))
                    .andReturn();
            String planId = JsonPath.read(confirmed.getResponse().getContentAsString(), "$.planId");

            // then: one draft plan, the 24 rows with their units and due dates, then the two reporting duties
            assertThat(plans()).isEqualTo(plansBefore + 1);
            mvc.perform(get("/api/v1/plans/" + planId).with(TestTokens.snvOfficer()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("DRAFT"))
                    .andExpect(jsonPath("$.content.code").value("01/KH-UBND"))
                    .andExpect(jsonPath("$.content.issuerUnit").value("UBND"))
                    .andExpect(jsonPath("$.content.year").value(2025))
                    .andExpect(jsonPath("$.content.kind").value("ANNUAL"))
                    .andExpect(jsonPath("$.content.legalBases.length()").value(3))
                    .andExpect(jsonPath("$.content.sections.length()").value(3))
                    .andExpect(jsonPath("$.content.responsibilities[4].unitCode").value("SNV"))
                    .andExpect(jsonPath("$.content.responsibilities[1].unresolvedName")
                            .value("Các Trưởng khối thi đua của tỉnh năm 2025"))
                    .andExpect(jsonPath("$.tasks.length()").value(26))
                    .andExpect(jsonPath("$.tasks[0].leadUnit").value("SNV"))
                    .andExpect(jsonPath("$.tasks[0].coordinatingUnits").value(org.hamcrest.Matchers.contains("HDTDKT", "CUM_KHOI_TINH")))
                    .andExpect(jsonPath("$.tasks[0].dueDate").value("2025-01-31"))
                    .andExpect(jsonPath("$.tasks[0].expectedEvidence").value("DOCUMENT"))
                    .andExpect(jsonPath("$.tasks[4].expectedEvidence").value("REPORT"))
                    .andExpect(jsonPath("$.tasks[15].periodKind").value("QUARTER"))
                    .andExpect(jsonPath("$.tasks[15].dueDate").value("2025-09-30"))
                    .andExpect(jsonPath("$.tasks[23].periodText").value("Thường xuyên"))
                    .andExpect(jsonPath("$.tasks[23].periodKind").value("ONGOING"))
                    .andExpect(jsonPath("$.tasks[24].leadUnit").value("CUM_KHOI_TINH"))
                    .andExpect(jsonPath("$.tasks[24].expectedEvidence").value("REPORT"))
                    .andExpect(jsonPath("$.tasks[25].leadUnit").value("SNV"));
            getImport(id)
                    .andExpect(jsonPath("$.status").value("CONFIRMED"))
                    .andExpect(jsonPath("$.confirmation.planId").value(planId))
                    .andExpect(jsonPath("$.confirmation.taskCount").value(26));

            // and the core publishes it (what the local stack's demo loader does next)
            mvc.perform(post("/api/v1/plans/" + planId + "/publish").with(TestTokens.snvOfficer()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("PUBLISHED"));
        }

        @Test
        void givenAConfirmedImport_whenConfirmedAgainOrDiscarded_thenConflictAndNoSecondPlan() throws Exception {
            String id = importDoc(ImportDocs.SON_LA_2025, TEXT_UTF8);
            confirm(id, null).andExpect(status().isCreated());
            long plansBefore = plans();

            confirm(id, null).andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("import.already-confirmed"));
            discardImport(id)
                    .andExpect(status().isConflict());

            assertThat(plans()).isEqualTo(plansBefore);
        }

        @Test
        void givenADiscardedImport_whenConfirmed_thenConflict() throws Exception {
            String id = importDoc(ImportDocs.SON_LA_2025, TEXT_UTF8);

            discardImport(id)
                    .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DISCARDED"));

            confirm(id, null).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("import.discarded"));
            assertThat(mongo.findById(id, PlanDocument.class)).isNull();
        }

        @Test
        void givenAnIdempotencyKey_whenTheImportIsSentTwice_thenTheFirstPreviewIsReplayed() throws Exception {
            long before = imports();
            byte[] body = ImportDocs.bytes(ImportDocs.SON_LA_2025);

            MvcResult first = mvc.perform(importRequest(body, TEXT_UTF8).header("Idempotency-Key", "demo-import-1"))
                    .andExpect(status().isCreated()).andReturn();
            MvcResult second = mvc.perform(importRequest(body, TEXT_UTF8).header("Idempotency-Key", "demo-import-1"))
                    .andExpect(status().isCreated())
                    .andExpect(header().string("Idempotent-Replayed", "true")).andReturn();

            assertThat(JsonPath.<String>read(second.getResponse().getContentAsString(), "$.id"))
                    .isEqualTo(JsonPath.<String>read(first.getResponse().getContentAsString(), "$.id"));
            assertThat(imports()).isEqualTo(before + 1);
        }
    }

    @Nested
    class OtherDocuments {

        @Test
        void givenAMarkdownPlanAsJson_whenImported_thenItsTableIsReadAndUnknownUnitsBlockTheConfirmation()
                throws Exception {
            // given a department's plan whose units ("Phòng Tổ chức cán bộ"…) are not in the provincial registry
            String text = new String(ImportDocs.bytes(ImportDocs.MARKDOWN), StandardCharsets.UTF_8);
            String json = "{\"text\":" + tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(text)
                    + ",\"format\":\"markdown\"}";
            MvcResult created = mvc.perform(post("/api/v1/plan-imports").with(TestTokens.snvOfficer())
                            .contentType(MediaType.APPLICATION_JSON).content(json))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.source.format").value("MARKDOWN"))
                    .andExpect(jsonPath("$.source.declaredFormat").value("MARKDOWN"))
                    .andExpect(jsonPath("$.header.number").value("15/KH-SGDĐT"))
                    .andExpect(jsonPath("$.header.issuerUnit.code").value("SGDDT"))
                    .andExpect(jsonPath("$.tasks.length()").value(5))
                    .andExpect(jsonPath("$.tasks[0].lead.written").value("Phòng Tổ chức cán bộ"))
                    .andExpect(jsonPath("$.tasks[0].lead.status").value("UNRESOLVED"))
                    .andReturn();
            String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
            long plansBefore = plans();

            // when confirmed as is, then 422 lists the unresolved names and nothing is created
            confirm(id, null).andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.code").value("import.unresolved-units"))
                    .andExpect(jsonPath("$.unresolved[*].name").value(org.hamcrest.Matchers.hasItems(
                            "Phòng Tổ chức cán bộ", "Phòng Giáo dục trung học")))
                    .andExpect(jsonPath("$.unresolved[0].roles").value(org.hamcrest.Matchers.hasItem("LEAD")))
                    .andExpect(jsonPath("$.missingFields").value(org.hamcrest.Matchers.contains("tasks[II.2].leadUnit")))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Phòng Tổ chức cán bộ")));
            assertThat(plans()).isEqualTo(plansBefore);
            assertThat(mongo.findById(id, PlanDocument.class)).isNull();
            getImport(id)
                    .andExpect(jsonPath("$.status").value("PREVIEW"));
        }

        @Test
        void givenAProsePlanWithoutAppendix_whenConfirmedWithMappings_thenRecurringDutiesBecomeTaskSeries()
                throws Exception {
            // given
            String id = importDoc(ImportDocs.PROSE_WITHOUT_APPENDIX, "text/markdown; charset=utf-8");
            getImport(id)
                    .andExpect(jsonPath("$.tasks.length()").value(0))
                    .andExpect(jsonPath("$.recurringDuties.length()").value(7))
                    .andExpect(jsonPath("$.recurringDuties[1].frequency").value("QUARTERLY"))
                    .andExpect(jsonPath("$.recurringDuties[1].occurrences").value(4))
                    .andExpect(jsonPath("$.recurringDuties[1].units[0].code").value("SGDDT"))
                    .andExpect(jsonPath("$.recurringDuties[0].units[0].status").value("UNRESOLVED"));
            confirm(id, null).andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.unresolved[*].name").value(org.hamcrest.Matchers.contains(
                            "Báo Lai Châu, Đài Phát thanh và Truyền hình tỉnh", "Ủy ban nhân dân các xã, phường")));

            // when the officer maps the two collective names
            String body = """
                    {"mappings":{"Báo Lai Châu, Đài Phát thanh và Truyền hình tỉnh":"tttt",
                                 "ủy ban nhân dân các xã, phường":"ALL_UNITS"}}
                    """;
            String planId = JsonPath.read(confirm(id, body).andExpect(status().isCreated())
                    .andExpect(jsonPath("$.taskCount").value(12 + 4 + 2 + 12 + 1 + 1 + 1))
                    .andReturn().getResponse().getContentAsString(), "$.planId");

            // then monthly → 12, quarterly → 4, semi-annual → 2, yearly → 1 (due on the date it names), report → 1
            String plan = mvc.perform(get("/api/v1/plans/" + planId).with(TestTokens.snvOfficer()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content.year").value(2026))
                    .andExpect(jsonPath("$.content.issuerUnit").value("UBND"))
                    .andReturn().getResponse().getContentAsString();
            assertThat(JsonPath.<List<Object>>read(plan, "$.tasks[?(@.leadUnit == 'TTTT')]")).hasSize(12);
            assertThat(JsonPath.<List<String>>read(plan, "$.tasks[?(@.leadUnit == 'SGDDT' && @.periodKind == 'QUARTER')].dueDate"))
                    .containsExactly("2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31");
            assertThat(JsonPath.<List<String>>read(plan, "$.tasks[?(@.leadUnit == 'SGDDT' && @.periodKind == 'QUARTER')].expectedEvidence"))
                    .containsOnly("ARTICLE");
            assertThat(JsonPath.<List<String>>read(plan, "$.tasks[?(@.leadUnit == 'SGDDT' && @.periodKind == 'DATE_RANGE')].dueDate"))
                    .containsExactly("2026-06-30", "2026-12-31");
            assertThat(JsonPath.<List<String>>read(plan, "$.tasks[?(@.leadUnit == 'SYT' && @.periodKind == 'MONTH')].dueDate"))
                    .hasSize(12).contains("2026-02-28", "2026-12-31");
            assertThat(JsonPath.<List<String>>read(plan, "$.tasks[?(@.leadUnit == 'SNV')].dueDate"))
                    .containsExactly("2026-12-10");
            assertThat(JsonPath.<List<String>>read(plan, "$.tasks[?(@.leadUnit == 'ALL_UNITS')].expectedEvidence"))
                    .containsExactly("REPORT");
            List<String> seriesKeys = JsonPath.read(plan, "$.tasks[?(@.leadUnit == 'SGDDT' && @.periodKind == 'QUARTER')].seriesKey");
            assertThat(seriesKeys).doesNotContainNull().containsOnly(seriesKeys.get(0));
        }

        @Test
        void givenAFileUpload_whenImported_thenTheFileIsRead() throws Exception {
            MockMultipartFile file = new MockMultipartFile("file", "ke-hoach.md", "text/markdown",
                    ImportDocs.bytes(ImportDocs.MARKDOWN));

            mvc.perform(multipart("/api/v1/plan-imports").file(file).with(TestTokens.snvOfficer()))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.source.declaredFormat").value("MARKDOWN"))
                    .andExpect(jsonPath("$.header.number").value("15/KH-SGDĐT"));
        }
    }

    @Nested
    class Documents {

        final TestPlan sonLa = TestPlan.fromText(new String(ImportDocs.bytes(ImportDocs.SON_LA_2025), StandardCharsets.UTF_8));

        @Test
        void givenTheFixtureAsAWordDocument_whenPostedAsDocx_thenThePreviewReadsItsTableRows() throws Exception {
            postText(PlanDocx.writer().write(sonLa), PlanImportController.DOCX)
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.source.format").value("DOCX"))
                    .andExpectAll(sonLaPreview())
                    .andExpect(jsonPath("$.legalBases[1].issuer").value("Chính phủ"))
                    .andExpect(jsonPath("$.tasks[5].period").value("03/2025"))
                    .andExpect(jsonPath("$.tasks[5].coordinators[*].code").value(
                            org.hamcrest.Matchers.contains("VPUBND", "CUM_KHOI_TINH")));
        }

        @Test
        void givenTheFixtureAsAPdfFile_whenUploadedAsOctetStream_thenItIsReadByItsContentAndCanBeConfirmed()
                throws Exception {
            MockMultipartFile file = new MockMultipartFile("file", "ke-hoach.bin", "application/octet-stream",
                    PlanPdf.write(sonLa));

            String preview = mvc.perform(multipart("/api/v1/plan-imports").file(file).with(TestTokens.snvOfficer()))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.source.format").value("PDF"))
                    .andExpect(jsonPath("$.source.declaredFormat").value("PDF"))
                    .andExpectAll(sonLaPreview())
                    .andExpect(jsonPath("$.citations[?(@.role == 'MENTIONED')].number").value(org.hamcrest.Matchers
                            .containsInAnyOrder("98/2023/NĐ-CP", "34-CT/TW", "19/CT-TTg", "11/CT-UBND")))
                    .andReturn().getResponse().getContentAsString();
            String id = JsonPath.read(preview, "$.id");

            confirm(id, null).andExpect(status().isCreated()).andExpect(jsonPath("$.taskCount").value(26));
        }
    }

    @Nested
    class Rejections {

        static Stream<Arguments> bodies() {
            byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj".getBytes(StandardCharsets.ISO_8859_1);
            byte[] docx = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0};
            // "Kế hoạch" in a legacy Vietnamese code page: 0xEA is not followed by UTF-8 continuation bytes
            byte[] latin1 = {'K', (byte) 0xEA, (byte) 0xEC, ' ', 'h', 'o', (byte) 0xB5, 'c', 'h'};
            return Stream.of(
                    Arguments.of("PDF as text/plain", pdf, TEXT_UTF8, 415, "import.binary-content", "BINARY_CONTENT"),
                    Arguments.of("damaged PDF as application/pdf", pdf, "application/pdf", 422, "import.unreadable.damaged", "DAMAGED"),
                    Arguments.of("scanned PDF", PlanPdf.scan(), "application/pdf", 422, "import.unreadable.no-text-layer",
                            "NO_TEXT_LAYER"),
                    Arguments.of("PDF inflating to 200 MB", PlanPdf.bomb(), "application/pdf", 422,
                            "import.unreadable.too-large", "TOO_LARGE"),
                    Arguments.of("DOCX of 3 MB of text", PlanDocx.tooMuchText(), PlanImportController.DOCX, 422,
                            "import.unreadable.too-large", "TOO_LARGE"),
                    Arguments.of("text as application/pdf", "Kế hoạch".getBytes(StandardCharsets.UTF_8), "application/pdf",
                            415, "import.content-mismatch", "CONTENT_MISMATCH"),
                    Arguments.of("text as DOCX", "Kế hoạch".getBytes(StandardCharsets.UTF_8), PlanImportController.DOCX,
                            415, "import.content-mismatch", "CONTENT_MISMATCH"),
                    Arguments.of("DOCX as octet-stream", docx, "application/octet-stream", 415, "import.binary-content", "BINARY_CONTENT"),
                    Arguments.of("not UTF-8", latin1, "text/plain", 415, "import.invalid-utf8", "INVALID_UTF8"),
                    Arguments.of("declared Latin-1", "Kế hoạch".getBytes(StandardCharsets.UTF_8), "text/plain; charset=ISO-8859-1",
                            415, "import.charset-unsupported", "CHARSET"),
                    Arguments.of("text under another type", "Kế hoạch".getBytes(StandardCharsets.UTF_8), "application/xml",
                            415, "import.media-type-unsupported", "MEDIA_TYPE"),
                    Arguments.of("empty", new byte[0], TEXT_UTF8, 400, "import.empty", "EMPTY"),
                    Arguments.of("control characters", controlCharacters(), TEXT_UTF8, 415, "import.not-text", "NOT_TEXT"));
        }

        static byte[] controlCharacters() {
            byte[] bytes = new byte[200];
            Arrays.fill(bytes, (byte) 0x07);
            return bytes;
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("bodies")
        void givenABodyThatIsNotPlanText_whenImported_thenAProblemWithTheReasonAndNothingStored(String name,
                byte[] body, String contentType, int status, String code, String reason) throws Exception {
            long before = imports();

            postText(body, contentType)
                    .andExpect(status().is(status))
                    .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
                    .andExpect(jsonPath("$.code").value(code))
                    .andExpect(jsonPath("$.reason").value(reason))
                    .andExpect(jsonPath("$.detail").isNotEmpty());

            assertThat(imports()).isEqualTo(before);
        }

        @Test
        void givenAPdfSentAsText_whenImported_thenTheVietnameseMessageSaysHowToSendIt() throws Exception {
            postText("%PDF-1.4 binary".getBytes(StandardCharsets.ISO_8859_1), TEXT_UTF8)
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("application/pdf")))
                    .andExpect(jsonPath("$.hint").value(org.hamcrest.Matchers.containsString("PDF")));
        }

        @Test
        void givenAScannedPdf_whenImported_thenTheProblemSaysSoInVietnameseAndEnglish() throws Exception {
            postText(PlanPdf.scan(), MediaType.APPLICATION_PDF_VALUE)
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("không có lớp văn bản")));
            mvc.perform(importRequest(PlanPdf.scan(), MediaType.APPLICATION_PDF_VALUE).header("Accept-Language", "en"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("no text layer")));
        }

        @Test
        void givenATextOverTheLimit_whenImported_thenContentTooLargeAndNothingStored() throws Exception {
            long before = imports();
            byte[] big = new byte[2 * 1024 * 1024 + 1];
            Arrays.fill(big, (byte) 'a');

            postText(big, TEXT_UTF8).andExpect(status().isContentTooLarge())
                    .andExpect(jsonPath("$.code").value("import.too-large"))
                    .andExpect(jsonPath("$.reason").value("TOO_LARGE"))
                    .andExpect(jsonPath("$.maxBytes").value(2 * 1024 * 1024));
            String json = "{\"text\":\"" + "b".repeat(2 * 1024 * 1024 + 10) + "\"}";
            mvc.perform(post("/api/v1/plan-imports").with(TestTokens.snvOfficer())
                            .contentType(MediaType.APPLICATION_JSON).content(json))
                    .andExpect(status().isContentTooLarge());

            assertThat(imports()).isEqualTo(before);
        }

        @Test
        void givenEnglish_whenRejected_thenTheMessageIsEnglish() throws Exception {
            mvc.perform(importRequest(new byte[0], TEXT_UTF8).header("Accept-Language", "en"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value("The plan file is empty."));
        }

        @Test
        void givenAnotherUploadBeingRead_whenTheWaitRunsOut_thenServiceUnavailableWithRetryAfterAndNothingStored()
                throws Exception {
            long before = imports();
            java.util.concurrent.CountDownLatch reading = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
            Thread other = new Thread(() -> {
                try {
                    gate.admit(() -> {
                        reading.countDown();
                        try {
                            return done.await(30, java.util.concurrent.TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return false;
                        }
                    });
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            other.start();
            assertThat(reading.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            try {
                mvc.perform(multipart("/api/v1/plan-imports").file(new MockMultipartFile("file", "ke-hoach.md",
                                "text/markdown", ImportDocs.bytes(ImportDocs.MARKDOWN))).with(TestTokens.snvOfficer()))
                        .andExpect(status().isServiceUnavailable())
                        .andExpect(header().string("Retry-After", "1"))
                        .andExpect(jsonPath("$.code").value("import.busy"));
                assertThat(imports()).isEqualTo(before);
            } finally {
                done.countDown();
                other.join();
            }

            importDoc(ImportDocs.MARKDOWN, "text/markdown");
            assertThat(imports()).as("the next upload is read once the reader is free").isEqualTo(before + 1);
        }

        @Test
        void givenAMappingToAnUnknownUnit_whenConfirmed_thenBadRequestAndNoPlan() throws Exception {
            String id = importDoc(ImportDocs.MARKDOWN, "text/markdown");

            confirm(id, "{\"mappings\":{\"Phòng Tổ chức cán bộ\":\"KHONG_CO\"}}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("import.mapping-unknown-unit"));

            assertThat(mongo.findById(id, PlanDocument.class)).isNull();
        }
    }
}
