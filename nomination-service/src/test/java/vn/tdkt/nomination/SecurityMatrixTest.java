package vn.tdkt.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tdkt.nomination.catalogue.persistence.CatalogueVersionDocument;
import vn.tdkt.nomination.facts.holds.persistence.DisciplineDocument;
import vn.tdkt.nomination.facts.holds.persistence.HoldDocument;
import vn.tdkt.nomination.facts.innovations.persistence.InnovationDocument;
import vn.tdkt.nomination.facts.ratings.persistence.RatingDocument;
import vn.tdkt.nomination.support.Caller;
import vn.tdkt.nomination.support.SecurityMatrix;
import vn.tdkt.platformtest.security.TestTokens;

/**
 * Every endpoint of nomination-service × every kind of caller: own unit's officer, another unit's officer, a token
 * without roles, no token, and the province-wide roles. The fixture records (a rating, an innovation, a hold and a
 * discipline) are about a person of {@value #OWN_UNIT}. A refused request changes nothing.
 *
 * <p>Rows are grouped by feature; the dossier feature (dossiers, documents, batches, nominee imports) keeps its block
 * in {@link DossierSecurityMatrixTest}, whose fixtures are dossiers in every state.
 */
class SecurityMatrixTest extends RegistersTestSupport {

    /** Ids of the fixture records an endpoint's path may name. */
    record Fixture(String innovation, String hold, String discipline) {
    }

    private static final String CSV = "Số định danh cá nhân,Họ và tên,Ngày sinh,Mã đơn vị,Năm,Xếp loại\n"
            + "001086000123,Lê Thị Mai,12/03/1986,SGDDT,2026,HTXSNV\n";

    enum Endpoint {
        // ------------------------------------------------ catalogue, rules, eligibility, registers (rules feature)
        AWARDS(f -> get("/api/v1/awards").param("on", "2026-12-20")),
        AWARD_VERSIONS(f -> get("/api/v1/awards/versions")),
        AWARD_VERSION(f -> get("/api/v1/awards/versions/catalogue-2025-07-01")),
        PUBLISH_AWARD_VERSION(f -> post("/api/v1/awards/versions").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"effectiveFrom": "2027-12-25", "note": "Bổ sung", "awards": [
                          {"code": "GIAY_KHEN", "name": "Giấy khen", "kind": "COMMENDATION", "decidingLevel": "UNIT",
                           "subjectTypes": ["INDIVIDUAL", "COLLECTIVE", "HOUSEHOLD"],
                           "rewardCoefficients": {"INDIVIDUAL": 0.3, "COLLECTIVE": 0.6, "HOUSEHOLD": 0.45}}]}""")),
        BASE_SALARY(f -> get("/api/v1/awards/base-salary").param("on", "2026-07-01")),
        RULE_SETS(f -> get("/api/v1/rule-sets")),
        RULE_SET(f -> get("/api/v1/rule-sets/nd152-2025")),
        ELIGIBILITY_CHECK(f -> post("/api/v1/eligibility-checks").contentType(MediaType.APPLICATION_JSON).content("""
                {"awardCode": "LDTT", "subjectType": "INDIVIDUAL", "year": 2026, "decisionDate": "2026-12-20",
                 "facts": {"ratings": [{"year": 2026, "grade": "HTTNV"}]}}""")),
        RATING_IMPORT(f -> post("/api/v1/ratings/imports").contentType("text/csv").content(CSV)),
        RATINGS(f -> get("/api/v1/ratings")),
        INNOVATION_RECORD(f -> post("/api/v1/innovations").contentType(MediaType.APPLICATION_JSON).content("""
                {"title": "Ứng dụng chấm điểm thi đua", "level": "CO_SO", "year": 2026,
                 "owner": {"nationalId": "001086000123", "unitCode": "SGDDT"}}""")),
        INNOVATIONS(f -> get("/api/v1/innovations")),
        INNOVATION(f -> get("/api/v1/innovations/" + f.innovation())),
        HOLD_RECORD(f -> post("/api/v1/holds").contentType(MediaType.APPLICATION_JSON).content("""
                {"subject": {"nationalId": "001086000123", "unitCode": "SGDDT"}, "kind": "PRESS_REPORT",
                 "since": "2026-11-01", "reason": "Báo phản ánh"}""")),
        HOLDS(f -> get("/api/v1/holds")),
        HOLD(f -> get("/api/v1/holds/" + f.hold())),
        HOLD_LIFT(f -> post("/api/v1/holds/" + f.hold() + "/lift").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"Kết luận không có vi phạm\"}")),
        DISCIPLINE_RECORD(f -> post("/api/v1/disciplines").contentType(MediaType.APPLICATION_JSON).content("""
                {"subject": {"nationalId": "001086000123", "unitCode": "SGDDT"}, "level": "KHIEN_TRACH",
                 "from": "2024-01-10", "to": "2025-01-10", "decisionRef": "QĐ 7/QĐ-SGDĐT"}""")),
        DISCIPLINES(f -> get("/api/v1/disciplines")),
        DISCIPLINE(f -> get("/api/v1/disciplines/" + f.discipline()));

        final Function<Fixture, MockHttpServletRequestBuilder> request;

        Endpoint(Function<Fixture, MockHttpServletRequestBuilder> request) {
            this.request = request;
        }
    }

    /** Expected status per caller, in {@link Caller} order. */
    private static final Object[][] MATRIX = {
        //                               OWN  OTHER NO_ROLE ANON SNV  LEADER COUNCIL ADMIN
        // ---- catalogue, rules, eligibility check, ratings, innovations, holds, disciplines (rules feature) ----
        {Endpoint.AWARDS,                200, 200, 403, 401, 200, 200, 200, 200},
        {Endpoint.AWARD_VERSIONS,        200, 200, 403, 401, 200, 200, 200, 200},
        {Endpoint.AWARD_VERSION,         200, 200, 403, 401, 200, 200, 200, 200},
        {Endpoint.PUBLISH_AWARD_VERSION, 403, 403, 403, 401, 403, 403, 403, 201},
        {Endpoint.BASE_SALARY,           200, 200, 403, 401, 200, 200, 200, 200},
        {Endpoint.RULE_SETS,             200, 200, 403, 401, 200, 200, 200, 200},
        {Endpoint.RULE_SET,              200, 200, 403, 401, 200, 200, 200, 200},
        {Endpoint.ELIGIBILITY_CHECK,     200, 200, 403, 401, 200, 200, 200, 200},
        {Endpoint.RATING_IMPORT,         403, 403, 403, 401, 200, 403, 403, 200},
        {Endpoint.RATINGS,               200, 200, 403, 401, 200, 200, 200, 200},
        {Endpoint.INNOVATION_RECORD,     403, 403, 403, 401, 201, 403, 403, 201},
        {Endpoint.INNOVATIONS,           200, 200, 403, 401, 200, 200, 200, 200},
        {Endpoint.INNOVATION,            200, 404, 403, 401, 200, 200, 200, 200},
        {Endpoint.HOLD_RECORD,           403, 403, 403, 401, 201, 403, 403, 201},
        {Endpoint.HOLDS,                 200, 200, 403, 401, 200, 200, 200, 200},
        {Endpoint.HOLD,                  200, 404, 403, 401, 200, 200, 200, 200},
        {Endpoint.HOLD_LIFT,             403, 403, 403, 401, 200, 403, 403, 200},
        {Endpoint.DISCIPLINE_RECORD,     403, 403, 403, 401, 201, 403, 403, 201},
        {Endpoint.DISCIPLINES,           200, 200, 403, 401, 200, 200, 200, 200},
        {Endpoint.DISCIPLINE,            200, 404, 403, 401, 200, 200, 200, 200},
    };

    static Stream<Arguments> matrix() {
        return SecurityMatrix.cases(List.of(MATRIX), (row, caller) -> Arguments.of(row[0], caller,
                row[1 + caller.ordinal()]));
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("matrix")
    void endpoint_answers_each_caller_as_specified(Endpoint endpoint, Caller caller, int expected) throws Exception {
        Fixture fixture = fixture();
        Map<Class<?>, Long> before = counts();

        MockHttpServletResponse response = SecurityMatrix.send(mvc, endpoint.request.apply(fixture), caller);

        assertThat(response.getStatus()).as("%s as %s: %s", endpoint, caller, response.getContentAsString())
                .isEqualTo(expected);
        if (expected >= 400) {
            SecurityMatrix.assertProblem(response);
            assertThat(counts()).as("a refused request changes nothing").isEqualTo(before);
            assertThat(mongo.findById(fixture.hold(), HoldDocument.class).getHold().lifted())
                    .as("the hold stays in force").isNull();
        }
        if (expected == 200 && endpoint.name().endsWith("S") && endpoint != Endpoint.AWARDS
                && endpoint != Endpoint.AWARD_VERSIONS && endpoint != Endpoint.RULE_SETS) {
            int listed = JsonPath.read(response.getContentAsString(), "$.items.length()");
            assertThat(listed > 0).as("%s sees the %s subject's records", caller, OWN_UNIT)
                    .isEqualTo(caller != Caller.OTHER_UNIT_OFFICER);
        }
    }

    private Fixture fixture() throws Exception {
        mvc.perform(post("/api/v1/ratings/imports").with(TestTokens.snvOfficer()).contentType("text/csv")
                .content(CSV));
        String subject = personWithId("001086000123");
        return new Fixture(recordInnovation("SK-2026-01", subject, "CO_SO", 2026),
                recordHold(subject, "COMPLAINT", "2026-11-01"),
                recordDiscipline(subject, "KHIEN_TRACH", "2024-01-10", "2025-01-10"));
    }

    private Map<Class<?>, Long> counts() {
        return Map.of(RatingDocument.class, count(RatingDocument.class),
                InnovationDocument.class, count(InnovationDocument.class),
                HoldDocument.class, count(HoldDocument.class),
                DisciplineDocument.class, count(DisciplineDocument.class),
                CatalogueVersionDocument.class, count(CatalogueVersionDocument.class));
    }

    private long count(Class<?> type) {
        return mongo.count(new org.springframework.data.mongodb.core.query.Query(), type);
    }
}
