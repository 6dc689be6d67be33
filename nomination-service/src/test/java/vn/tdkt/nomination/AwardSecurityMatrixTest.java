package vn.tdkt.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import vn.tdkt.nomination.certificate.application.CertificateCodes;
import vn.tdkt.nomination.support.AwardTestSupport;
import vn.tdkt.nomination.support.Caller;
import vn.tdkt.nomination.support.SecurityMatrix;

/**
 * The block of the service's security matrix for decisions, the award register, certificates, revocations and the
 * fund: every endpoint × the own unit's officer, another unit's officer, a token without role, no token, and the
 * province-wide roles (an administrator also holds SNV_OFFICER, so answers as Sở Nội vụ). Each case builds its own
 * fixture of {@value #OWN} in the state the endpoint needs. The public verify page answers everyone, without a token.
 */
class AwardSecurityMatrixTest extends AwardTestSupport {

    /** What an endpoint's fixture is: its id is substituted for {id}. */
    enum Fixture { NONE, ELIGIBLE, FORWARDABLE, DECISION, FORWARDED, AWARD, REVOCATION, FUND, CERTIFICATE_CODE }

    record Row(String name, Fixture fixture, BiFunction<String, Caller, AbstractMockHttpServletRequestBuilder<?>> request,
            int... expected) {
    }

    // ============================================================================================================
    //                                                                          OWN  OTHER NO_ROLE ANON  SNV  LEADER COUNCIL
    // ============================================================================================================
    static final List<Row> ROWS = List.of(
            new Row("issue a decision", Fixture.ELIGIBLE, (id, c) -> post("/api/v1/decisions")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(decisionJson("61/QĐ-SGDĐT", "2026-12-20", "THU_TRUONG_SO_NGANH", id)),
                    403, 403, 403, 401, 201, 403, 403),
            new Row("forward to central", Fixture.FORWARDABLE, (id, c) -> post("/api/v1/decisions/forwardings")
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"number": "86/TTr-UBND", "date": "2026-12-20", "signer": "Lê Văn Thành",
                             "dossierIds": ["%s"]}""".formatted(id)),
                    403, 403, 403, 401, 201, 403, 403),
            new Row("record the central decision", Fixture.FORWARDED,
                    (id, c) -> post("/api/v1/decisions/" + id + "/central-decision")
                            .contentType(MediaType.APPLICATION_JSON).content("""
                                    {"number": "1235/QĐ-TTg", "date": "2026-12-20", "signer": "Phạm Minh Chính",
                                     "authority": "THU_TUONG"}"""),
                    403, 403, 403, 401, 200, 403, 403),
            new Row("list decisions", Fixture.DECISION, (id, c) -> get("/api/v1/decisions"),
                    200, 200, 403, 401, 200, 200, 200),
            new Row("get a decision", Fixture.DECISION, (id, c) -> get("/api/v1/decisions/" + id),
                    200, 404, 403, 401, 200, 200, 200),
            new Row("tờ trình PDF", Fixture.FORWARDED, (id, c) -> get("/api/v1/decisions/" + id + "/submission.pdf"),
                    200, 404, 403, 401, 200, 200, 200),
            new Row("tờ trình DOCX", Fixture.FORWARDED,
                    (id, c) -> get("/api/v1/decisions/" + id + "/submission.docx"),
                    200, 404, 403, 401, 200, 200, 200),
            new Row("search the register", Fixture.AWARD, (id, c) -> get("/api/v1/award-register"),
                    200, 200, 403, 401, 200, 200, 200),
            new Row("get an award", Fixture.AWARD, (id, c) -> get("/api/v1/award-register/" + id),
                    200, 404, 403, 401, 200, 200, 200),
            new Row("register import template", Fixture.NONE,
                    (id, c) -> get("/api/v1/award-register/imports/template"),
                    403, 403, 403, 401, 200, 403, 403),
            new Row("import historical decisions", Fixture.NONE, (id, c) -> post("/api/v1/award-register/imports")
                    .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .content(registerWorkbook(java.util.Collections.singletonList(personRow("Phạm Văn Tuấn", null,
                            OWN, "LDTT", 2025, "70/QĐ-SGDĐT", "15/12/2025", "THU_TRUONG_SO_NGANH")))),
                    403, 403, 403, 401, 200, 403, 403),
            new Row("certificate PDF", Fixture.AWARD,
                    (id, c) -> get("/api/v1/award-register/" + id + "/certificate.pdf"),
                    200, 404, 403, 401, 200, 403, 403),
            new Row("preview a revocation", Fixture.AWARD, (id, c) -> post("/api/v1/revocations/preview")
                    .contentType(MediaType.APPLICATION_JSON).content(revocationJson(id)),
                    403, 403, 403, 401, 200, 403, 403),
            new Row("revoke", Fixture.AWARD, (id, c) -> post("/api/v1/revocations")
                    .contentType(MediaType.APPLICATION_JSON).content(revocationJson(id)),
                    403, 403, 403, 401, 201, 403, 403),
            new Row("list revocations", Fixture.REVOCATION, (id, c) -> get("/api/v1/revocations"),
                    200, 200, 403, 401, 200, 200, 200),
            new Row("get a revocation", Fixture.REVOCATION, (id, c) -> get("/api/v1/revocations/" + id),
                    200, 404, 403, 401, 200, 200, 200),
            new Row("enter the fund", Fixture.NONE, (id, c) -> put("/api/v1/funds/2026")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"amount\": 1000000000, \"source\": \"Dự toán 2026\"}"),
                    403, 403, 403, 401, 200, 403, 403),
            new Row("get the fund", Fixture.FUND, (id, c) -> get("/api/v1/funds/2026"),
                    403, 403, 403, 401, 200, 200, 403),
            new Row("fund forecast", Fixture.NONE, (id, c) -> get("/api/v1/fund-forecast").param("year", "2026"),
                    403, 403, 403, 401, 200, 200, 403),
            new Row("public verify page", Fixture.CERTIFICATE_CODE, (id, c) -> get("/verify/" + id)
                    .with(request -> {
                        request.setRemoteAddr("10.77.0." + c.ordinal());
                        return request;
                    }),
                    200, 200, 200, 200, 200, 200, 200));

    static Stream<Arguments> matrix() {
        return SecurityMatrix.cases(ROWS, (row, caller) -> Arguments.of(row.name(), row, caller,
                row.expected()[caller.columnWithoutAdmin()]));
    }

    @Autowired
    CertificateCodes codes;

    @ParameterizedTest(name = "{0} as {2} → {3}")
    @MethodSource("matrix")
    void award_endpoints(String name, Row row, Caller caller, int expected) throws Exception {
        AbstractMockHttpServletRequestBuilder<?> request = row.request().apply(fixture(row.fixture()), caller);
        caller.sign(request);
        mvc.perform(request).andExpect(status(expected));
    }

    @Test
    void every_row_lists_a_status_for_every_caller() {
        assertThat(ROWS).allSatisfy(row -> assertThat(row.expected()).hasSize(Caller.values().length - 1));
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
