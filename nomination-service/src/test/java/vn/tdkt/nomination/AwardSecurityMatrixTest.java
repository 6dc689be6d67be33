package vn.tdkt.nomination;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static vn.tdkt.nomination.support.MatrixCallers.COLUMNS;
import static vn.tdkt.nomination.support.MatrixRows.collection;
import static vn.tdkt.nomination.support.MatrixRows.everyone;
import static vn.tdkt.nomination.support.MatrixRows.gets;
import static vn.tdkt.nomination.support.MatrixRows.ownUnitAndProvince;
import static vn.tdkt.nomination.support.MatrixRows.snvOnly;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.JSON;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.endpoint;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.given;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.rows;

import java.util.Collections;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import vn.tdkt.nomination.certificate.application.CertificateCodes;
import vn.tdkt.nomination.support.AwardTestSupport;
import vn.tdkt.platformtest.matrix.SecurityMatrix.Row;

/**
 * The block of the service's security matrix for decisions, the award register, certificates, revocations and the
 * fund: every endpoint × the own unit's officer, another unit's officer, a token without role, no token, and the
 * province-wide roles (an administrator also holds SNV_OFFICER, so answers as Sở Nội vụ). Each case builds its own
 * fixture of {@value #OWN} in the state the endpoint needs. The public verify page answers everyone, without a token.
 */
class AwardSecurityMatrixTest extends AwardTestSupport {

    /** What an endpoint's fixture is: its id is substituted for {id}. */
    enum Fixture { NONE, ELIGIBLE, FORWARDABLE, DECISION, FORWARDED, AWARD, REVOCATION, FUND, CERTIFICATE_CODE }

    static Stream<Row> matrix() {
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        // the fund is read by Sở Nội vụ and the leader only
        //                                        OWN  OTHER NO_ROLE ANON SNV  LEADER COUNCIL ADMIN
        Object[] snvAndLeader = COLUMNS.statuses(403, 403, 403, 401, 200, 200, 403, 200);
        return rows(
                given(Fixture.ELIGIBLE, endpoint("issue a decision", POST, "/api/v1/decisions", JSON,
                        decisionJson("61/QĐ-SGDĐT", "2026-12-20", "THU_TRUONG_SO_NGANH", "{id}"), snvOnly(201))),
                given(Fixture.FORWARDABLE, endpoint("forward to central", POST, "/api/v1/decisions/forwardings",
                        JSON, """
                                {"number": "86/TTr-UBND", "date": "2026-12-20", "signer": "Lê Văn Thành",
                                 "dossierIds": ["{id}"]}""", snvOnly(201))),
                given(Fixture.FORWARDED,
                        endpoint("record the central decision", POST, "/api/v1/decisions/{id}/central-decision",
                                JSON, """
                                        {"number": "1235/QĐ-TTg", "date": "2026-12-20", "signer": "Phạm Minh Chính",
                                         "authority": "THU_TUONG"}""", snvOnly(200)),
                        // the tờ trình, as PDF and DOCX
                        gets(ownUnitAndProvince(), "/api/v1/decisions/{id}/submission.pdf",
                                "/api/v1/decisions/{id}/submission.docx")),
                given(Fixture.DECISION, collection("/api/v1/decisions", "/api/v1/decisions/{id}")),
                given(Fixture.AWARD,
                        collection("/api/v1/award-register", "/api/v1/award-register/{id}"),
                        //                               OWN  OTHER NO_ROLE ANON SNV  LEADER COUNCIL ADMIN
                        endpoint("certificate PDF", GET, "/api/v1/award-register/{id}/certificate.pdf",
                                COLUMNS.statuses(200, 404, 403, 401, 200, 403, 403, 200)),
                        endpoint("preview a revocation", POST, "/api/v1/revocations/preview", JSON,
                                revocationJson("{id}"), snvOnly(200)),
                        endpoint("revoke", POST, "/api/v1/revocations", JSON, revocationJson("{id}"), snvOnly(201))),
                given(Fixture.NONE,
                        gets(snvOnly(200), "/api/v1/award-register/imports/template"),
                        endpoint("import historical decisions", ids -> post("/api/v1/award-register/imports")
                                        .contentType(xlsx).content(registerWorkbook(Collections.singletonList(
                                                personRow("Phạm Văn Tuấn", null, OWN, "LDTT", 2025, "70/QĐ-SGDĐT",
                                                        "15/12/2025", "THU_TRUONG_SO_NGANH")))),
                                snvOnly(200)),
                        endpoint("enter the fund", PUT, "/api/v1/funds/2026", JSON,
                                "{\"amount\": 1000000000, \"source\": \"Dự toán 2026\"}", snvOnly(200)),
                        gets(snvAndLeader, "/api/v1/fund-forecast?year=2026")),
                given(Fixture.REVOCATION, collection("/api/v1/revocations", "/api/v1/revocations/{id}")),
                given(Fixture.FUND, gets(snvAndLeader, "/api/v1/funds/2026")),
                given(Fixture.CERTIFICATE_CODE, gets(everyone(200), "/verify/{id}")));
    }

    @Autowired
    CertificateCodes codes;

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void award_endpoints(Row row) throws Exception {
        String id = fixture((Fixture) row.given());
        // the public verify page is rate-limited per address: each caller comes from an address of its own
        String address = "10.77.0." + COLUMNS.callers().indexOf(row.caller());
        mvc.perform(row.request(text -> id == null ? text : text.replace("{id}", id)).with(request -> {
            request.setRemoteAddr(address);
            return request;
        })).andExpect(status(row.status()));
    }

    private String fixture(Fixture fixture) throws Exception {
        return switch (fixture) {
            case NONE -> null;
            case ELIGIBLE -> eligiblePerson("Phạm Văn Tuấn", null, "GIAY_KHEN", 2026);
            case FORWARDABLE -> eligiblePerson("Phạm Văn Tuấn", null, "BK_TTG", 2026);
            case DECISION -> json(decide("62/QĐ-SGDĐT", "2026-12-20", "THU_TRUONG_SO_NGANH",
                    eligiblePerson("Phạm Văn Tuấn", null, "GIAY_KHEN", 2026)), "$.id");
            case FORWARDED -> json(mvc.perform(post("/api/v1/decisions/forwardings").with(snvOfficer())
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"number": "87/TTr-UBND", "date": "2026-12-20", "signer": "Lê Văn Thành",
                             "dossierIds": ["%s"]}""".formatted(eligiblePerson("Phạm Văn Tuấn", null, "BK_TTG",
                            2026)))), "$.id");
            case AWARD -> award();
            case REVOCATION -> json(mvc.perform(post("/api/v1/revocations").with(snvOfficer())
                    .contentType(MediaType.APPLICATION_JSON).content(revocationJson(award()))), "$.id");
            case FUND -> {
                mvc.perform(put("/api/v1/funds/2026").with(snvOfficer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\": 1000000000, \"source\": \"Dự toán 2026\"}")).andExpect(status(200));
                yield null;
            }
            case CERTIFICATE_CODE -> codes.codeFor(award());
        };
    }

    private String award() throws Exception {
        return json(decide("63/QĐ-SGDĐT", "2026-12-20", "THU_TRUONG_SO_NGANH",
                eligiblePerson("Phạm Văn Tuấn", null, "GIAY_KHEN", 2026)), "$.awardees[0].awardId");
    }

    static String revocationJson(String awardId) {
        return """
                {"awardId": "%s", "trigger": "B", "reason": "Làm giả hồ sơ",
                 "decision": {"number": "90/QĐ-SGDĐT", "date": "2026-12-20", "signer": "Phạm Văn Đức",
                              "authority": "THU_TRUONG_SO_NGANH"}, "confirmedCascade": []}""".formatted(awardId);
    }
}
