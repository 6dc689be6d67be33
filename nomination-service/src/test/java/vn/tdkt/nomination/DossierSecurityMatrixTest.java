package vn.tdkt.nomination;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static vn.tdkt.nomination.support.MatrixCallers.COLUMNS;
import static vn.tdkt.nomination.support.MatrixRows.collection;
import static vn.tdkt.nomination.support.MatrixRows.gets;
import static vn.tdkt.nomination.support.MatrixRows.ownUnitAndProvince;
import static vn.tdkt.nomination.support.MatrixRows.ownUnitOnly;
import static vn.tdkt.nomination.support.MatrixRows.ownUnitOrSnv;
import static vn.tdkt.nomination.support.MatrixRows.snvOnly;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.JSON;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.endpoint;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.given;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.rows;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import vn.tdkt.nomination.catalogue.domain.DocumentKind;
import vn.tdkt.nomination.dossier.DossierTest;
import vn.tdkt.nomination.dossier.domain.Attachment;
import vn.tdkt.nomination.dossier.domain.Dossier;
import vn.tdkt.nomination.dossier.domain.VoteResult;
import vn.tdkt.nomination.dossier.persistence.DossierStore;
import vn.tdkt.nomination.nomineeimport.NomineeSheets;
import vn.tdkt.nomination.sla.application.WorkingDays;
import vn.tdkt.nomination.support.NominationApiTest;
import vn.tdkt.platform.domain.Ids;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platformtest.matrix.SecurityMatrix.Row;

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

    static Stream<Row> dossierMatrix() {
        String dossier = DOSSIERS + "/{id}";
        String person = person("Phạm Văn Tuấn", null, "LDTT", 2025, null);
        //                               OWN  OTHER NO_ROLE ANON SNV  LEADER COUNCIL ADMIN
        Object[] createForOwnUnit = COLUMNS.statuses(201, 403, 403, 401, 201, 403, 403, 201);
        return rows(
                given(Fixture.NONE,
                        endpoint("create dossier", POST, DOSSIERS, JSON,
                                "{\"unitCode\": \"SGDDT\", " + person.strip().substring(1), createForOwnUnit),
                        endpoint("open batch", POST, "/api/v1/batches", JSON,
                                "{\"unitCode\": \"SGDDT\", \"title\": \"Tờ trình 2025\", \"year\": 2025}",
                                createForOwnUnit),
                        gets(COLUMNS.statuses(200, 200, 403, 401, 200, 403, 403, 200),
                                "/api/v1/nominee-imports/template")),
                given(Fixture.DRAFT,
                        collection(DOSSIERS, dossier),
                        gets(ownUnitAndProvince(), dossier + "/history"),
                        endpoint("revise dossier", PUT, dossier, JSON, person, ownUnitOrSnv(200)),
                        endpoint("upload document", ids -> multipart(ids.apply(dossier + "/documents"))
                                        .file(new MockMultipartFile("file", "a.pdf", "application/pdf", pdf()))
                                        .param("kind", "TO_TRINH"),
                                ownUnitOrSnv(201))),
                given(Fixture.COMPLETE_DRAFT,
                        gets(ownUnitAndProvince(), dossier + "/eligibility"),
                        endpoint("submit", POST, dossier + "/submit", ownUnitOnly(200))),
                given(Fixture.SUBMITTED,
                        endpoint("recall", POST, dossier + "/recall", ownUnitOnly(200)),
                        endpoint("assign", POST, dossier + "/assign", snvOnly(200)),
                        endpoint("return", POST, dossier + "/return", JSON,
                                "{\"reasons\": [\"Bổ sung biên bản\"], \"completeBy\": \"2026-03-31\"}",
                                snvOnly(200))),
                given(Fixture.RETURNED, endpoint("resubmit", POST, dossier + "/resubmit", ownUnitOnly(200))),
                given(Fixture.UNDER_APPRAISAL, endpoint("appraise", POST, dossier + "/appraisal", snvOnly(200))),
                given(Fixture.DOCUMENT,
                        gets(ownUnitAndProvince(), dossier + "/documents", dossier + "/documents/{doc}"),
                        endpoint("remove document", DELETE, dossier + "/documents/{doc}", ownUnitOrSnv(200))),
                given(Fixture.BATCH,
                        collection("/api/v1/batches", "/api/v1/batches/{id}"),
                        gets(ownUnitAndProvince(), "/api/v1/batches/{id}/dossiers"),
                        endpoint("submit all of a batch", POST, "/api/v1/batches/{id}/submit-all", ownUnitOnly(200)),
                        endpoint("upload nominee list", ids -> multipart("/api/v1/nominee-imports")
                                        .file(new MockMultipartFile("file", "ds.xlsx", "application/octet-stream",
                                                nomineeList()))
                                        .param("batchId", ids.apply("{id}")),
                                ownUnitOnly(201))),
                given(Fixture.IMPORT,
                        gets(ownUnitAndProvince(), "/api/v1/nominee-imports/{id}"),
                        endpoint("confirm nominee import", POST, "/api/v1/nominee-imports/{id}/confirm",
                                ownUnitOnly(200))));
    }

    @Autowired DossierStore store;
    @Autowired WorkingDays workingDays;

    @ParameterizedTest(name = "{0}")
    @MethodSource("dossierMatrix")
    void dossier_endpoints(Row row) throws Exception {
        clock.set(LocalDate.of(2025, 12, 1));
        String[] ids = fixture((Fixture) row.given());
        mvc.perform(row.request(text -> text.replace("{id}", String.valueOf(ids[0]))
                        .replace("{doc}", String.valueOf(ids[1]))))
                .andExpect(status(row.status()));
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
}
