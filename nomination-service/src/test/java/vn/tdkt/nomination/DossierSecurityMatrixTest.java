package vn.tdkt.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import vn.tdkt.nomination.catalogue.domain.DocumentKind;
import vn.tdkt.nomination.dossier.DossierTest;
import vn.tdkt.nomination.dossier.domain.Attachment;
import vn.tdkt.nomination.dossier.domain.Dossier;
import vn.tdkt.nomination.dossier.domain.VoteResult;
import vn.tdkt.nomination.dossier.persistence.DossierStore;
import vn.tdkt.nomination.nomineeimport.NomineeSheets;
import vn.tdkt.nomination.sla.application.WorkingDays;
import vn.tdkt.nomination.support.Caller;
import vn.tdkt.nomination.support.NominationApiTest;
import vn.tdkt.nomination.support.SecurityMatrix;
import vn.tdkt.platform.domain.Ids;
import vn.tdkt.platform.domain.VersionPrecondition;

/**
 * The dossier feature's block of the service's security matrix (the catalogue, rules and registers are in
 * {@link SecurityMatrixTest}): every dossier, document, batch and nominee-import endpoint × the own unit's officer,
 * another unit's officer, a token without role, no token, and the province-wide roles (an administrator also holds
 * SNV_OFFICER, so answers as Sở Nội vụ). Each case builds its own fixture (owned by {@value #OWN}) in the state the
 * endpoint needs, so a case never depends on another.
 */
class DossierSecurityMatrixTest extends NominationApiTest {

    /** What an endpoint's fixture is: its id is substituted for {id} (and a document id for {doc}). */
    enum Fixture { NONE, DRAFT, COMPLETE_DRAFT, SUBMITTED, UNDER_APPRAISAL, RETURNED, DOCUMENT, BATCH, IMPORT }

    record Row(String name, Fixture fixture, java.util.function.BiFunction<String, String,
            AbstractMockHttpServletRequestBuilder<?>> request, int... expected) {
    }

    // ============================================================================================================
    // dossiers, documents, batches, nominee imports (the dossier feature)
    //                                                   OWN  OTHER NO_ROLE ANON  SNV  LEADER COUNCIL
    // ============================================================================================================
    static final List<Row> DOSSIER_ROWS = List.of(
            new Row("create dossier", Fixture.NONE, (id, doc) -> post(DOSSIERS).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"unitCode\": \"SGDDT\", " + person("Phạm Văn Tuấn", null, "LDTT", 2025, null)
                            .strip().substring(1)),
                    201, 403, 403, 401, 201, 403, 403),
            new Row("list dossiers", Fixture.DRAFT, (id, doc) -> get(DOSSIERS), 200, 200, 403, 401, 200, 200, 200),
            new Row("get dossier", Fixture.DRAFT, (id, doc) -> get(DOSSIERS + "/" + id),
                    200, 404, 403, 401, 200, 200, 200),
            new Row("dossier history", Fixture.DRAFT, (id, doc) -> get(DOSSIERS + "/" + id + "/history"),
                    200, 404, 403, 401, 200, 200, 200),
            new Row("dossier eligibility", Fixture.COMPLETE_DRAFT, (id, doc) -> get(DOSSIERS + "/" + id + "/eligibility"),
                    200, 404, 403, 401, 200, 200, 200),
            new Row("revise dossier", Fixture.DRAFT, (id, doc) -> put(DOSSIERS + "/" + id)
                    .contentType(MediaType.APPLICATION_JSON).content(person("Phạm Văn Tuấn", null, "LDTT", 2025, null)),
                    200, 404, 403, 401, 200, 403, 403),
            new Row("submit", Fixture.COMPLETE_DRAFT, (id, doc) -> post(DOSSIERS + "/" + id + "/submit"),
                    200, 404, 403, 401, 403, 403, 403),
            new Row("recall", Fixture.SUBMITTED, (id, doc) -> post(DOSSIERS + "/" + id + "/recall"),
                    200, 404, 403, 401, 403, 403, 403),
            new Row("assign", Fixture.SUBMITTED, (id, doc) -> post(DOSSIERS + "/" + id + "/assign"),
                    403, 403, 403, 401, 200, 403, 403),
            new Row("return", Fixture.SUBMITTED, (id, doc) -> post(DOSSIERS + "/" + id + "/return")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"reasons\": [\"Bổ sung biên bản\"], \"completeBy\": \"2026-03-31\"}"),
                    403, 403, 403, 401, 200, 403, 403),
            new Row("resubmit", Fixture.RETURNED, (id, doc) -> post(DOSSIERS + "/" + id + "/resubmit"),
                    200, 404, 403, 401, 403, 403, 403),
            new Row("appraise", Fixture.UNDER_APPRAISAL, (id, doc) -> post(DOSSIERS + "/" + id + "/appraisal"),
                    403, 403, 403, 401, 200, 403, 403),
            new Row("upload document", Fixture.DRAFT, (id, doc) -> multipart(DOSSIERS + "/" + id + "/documents")
                    .file(new MockMultipartFile("file", "a.pdf", "application/pdf", pdf())).param("kind", "TO_TRINH"),
                    201, 404, 403, 401, 201, 403, 403),
            new Row("list documents", Fixture.DOCUMENT, (id, doc) -> get(DOSSIERS + "/" + id + "/documents"),
                    200, 404, 403, 401, 200, 200, 200),
            new Row("download document", Fixture.DOCUMENT,
                    (id, doc) -> get(DOSSIERS + "/" + id + "/documents/" + doc),
                    200, 404, 403, 401, 200, 200, 200),
            new Row("remove document", Fixture.DOCUMENT,
                    (id, doc) -> delete(DOSSIERS + "/" + id + "/documents/" + doc),
                    200, 404, 403, 401, 200, 403, 403),
            new Row("open batch", Fixture.NONE, (id, doc) -> post("/api/v1/batches")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"unitCode\": \"SGDDT\", \"title\": \"Tờ trình 2025\", \"year\": 2025}"),
                    201, 403, 403, 401, 201, 403, 403),
            new Row("list batches", Fixture.BATCH, (id, doc) -> get("/api/v1/batches"),
                    200, 200, 403, 401, 200, 200, 200),
            new Row("get batch", Fixture.BATCH, (id, doc) -> get("/api/v1/batches/" + id),
                    200, 404, 403, 401, 200, 200, 200),
            new Row("batch dossiers", Fixture.BATCH, (id, doc) -> get("/api/v1/batches/" + id + "/dossiers"),
                    200, 404, 403, 401, 200, 200, 200),
            new Row("submit all of a batch", Fixture.BATCH, (id, doc) -> post("/api/v1/batches/" + id + "/submit-all"),
                    200, 404, 403, 401, 403, 403, 403),
            new Row("import template", Fixture.NONE, (id, doc) -> get("/api/v1/nominee-imports/template"),
                    200, 200, 403, 401, 200, 403, 403),
            new Row("upload nominee list", Fixture.BATCH, (id, doc) -> multipart("/api/v1/nominee-imports")
                    .file(new MockMultipartFile("file", "ds.xlsx", "application/octet-stream", nomineeList()))
                    .param("batchId", id),
                    201, 404, 403, 401, 403, 403, 403),
            new Row("get nominee import", Fixture.IMPORT, (id, doc) -> get("/api/v1/nominee-imports/" + id),
                    200, 404, 403, 401, 200, 200, 200),
            new Row("confirm nominee import", Fixture.IMPORT,
                    (id, doc) -> post("/api/v1/nominee-imports/" + id + "/confirm"),
                    200, 404, 403, 401, 403, 403, 403));

    static Stream<Arguments> dossierMatrix() {
        return SecurityMatrix.cases(DOSSIER_ROWS, (row, caller) -> Arguments.of(row.name(), row, caller,
                row.expected()[caller.columnWithoutAdmin()]));
    }

    @Autowired DossierStore store;
    @Autowired WorkingDays workingDays;

    @ParameterizedTest(name = "{0} as {2} → {3}")
    @MethodSource("dossierMatrix")
    void dossier_endpoints(String name, Row row, Caller caller, int expected) throws Exception {
        clock.set(LocalDate.of(2025, 12, 1));
        String[] ids = fixture(row.fixture());
        AbstractMockHttpServletRequestBuilder<?> request = row.request().apply(ids[0], ids[1]);
        caller.sign(request);
        mvc.perform(request).andExpect(status(expected));
    }

    private String[] fixture(Fixture fixture) throws Exception {
        return switch (fixture) {
            case NONE -> new String[] {null, null};
            case DRAFT -> new String[] {draft(false), null};
            case COMPLETE_DRAFT -> new String[] {draft(true), null};
            case SUBMITTED, UNDER_APPRAISAL, RETURNED -> new String[] {inState(fixture), null};
            case DOCUMENT -> {
                String id = draft(false);
                String body = upload(own(), id, "TO_TRINH", "to-trinh.pdf", pdf(), null, null).andReturn()
                        .getResponse().getContentAsString(StandardCharsets.UTF_8);
                yield new String[] {id, JsonPath.read(body, "$.documents[0].id")};
            }
            case BATCH -> new String[] {createBatch(own(), null), null};
            case IMPORT -> {
                String body = mvc.perform(multipart("/api/v1/nominee-imports")
                                .file(new MockMultipartFile("file", "ds.xlsx", "application/octet-stream",
                                        nomineeList()))
                                .param("batchId", createBatch(own(), null)).with(own()))
                        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
                yield new String[] {JsonPath.read(body, "$.id"), null};
            }
        };
    }

    /** A draft of the own unit, written through the store (the API's own checks are not what is tested here). */
    private String draft(boolean complete) {
        String id = Ids.newId(clock);
        Instant now = clock.instant();
        store.insert(Dossier.draft(id, OWN, null, DossierTest.content("Hoàn thành xuất sắc nhiệm vụ"), "sgddt-user",
                now));
        if (complete) {
            for (DocumentKind kind : List.of(DocumentKind.TO_TRINH, DocumentKind.BAO_CAO_THANH_TICH,
                    DocumentKind.BIEN_BAN_BINH_XET, DocumentKind.CHUNG_NHAN_SANG_KIEN)) {
                Attachment attachment = new Attachment(Ids.newId(clock), "000000000000000000000000", kind,
                        kind.name() + ".pdf", "application/pdf", 10, "ab".repeat(32),
                        kind == DocumentKind.BIEN_BAN_BINH_XET ? new VoteResult(9, 10) : null, "sgddt-user", now);
                store.update(id, VersionPrecondition.none(), d -> d.attach(attachment, now));
            }
        }
        return id;
    }

    private String inState(Fixture state) {
        String id = draft(true);
        Instant now = clock.instant();
        LocalDate today = clock.today();
        var sla = workingDays.context();
        store.update(id, VersionPrecondition.none(), d -> d.submit("sgddt-user", now, today, sla));
        if (state == Fixture.UNDER_APPRAISAL) {
            store.update(id, VersionPrecondition.none(), d -> d.assign("snv-user", "snv-user", now, today, sla));
        }
        if (state == Fixture.RETURNED) {
            store.update(id, VersionPrecondition.none(), d -> d.returnForCompletion(List.of("Bổ sung"),
                    today.plusDays(10), "snv-user", now, today, sla));
        }
        return id;
    }

    static byte[] nomineeList() {
        try {
            byte[] template = NomineeSheets.headersOnly();
            return NomineeSheets.fill(template, List.of(
                    NomineeSheets.person("Đinh Văn Sơn", "09/09/1981", "Nam", null, "LDTT", null)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @org.junit.jupiter.api.Test
    void every_dossier_row_lists_a_status_for_every_caller() {
        assertThat(DOSSIER_ROWS).allSatisfy(row -> assertThat(row.expected()).hasSize(Caller.values().length - 1));
    }
}
