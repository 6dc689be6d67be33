package vn.tdkt.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.tdkt.nomination.support.MatrixCallers.COLUMNS;
import static vn.tdkt.nomination.support.MatrixCallers.OTHER_UNIT_OFFICER;
import static vn.tdkt.nomination.support.MatrixRows.collection;
import static vn.tdkt.nomination.support.MatrixRows.everyRole;
import static vn.tdkt.nomination.support.MatrixRows.gets;
import static vn.tdkt.nomination.support.MatrixRows.snvOnly;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.JSON;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.endpoint;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.perform;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.rows;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.web.MockHttpServletResponse;
import vn.tdkt.nomination.catalogue.persistence.CatalogueVersionDocument;
import vn.tdkt.nomination.facts.holds.persistence.DisciplineDocument;
import vn.tdkt.nomination.facts.holds.persistence.HoldDocument;
import vn.tdkt.nomination.facts.innovations.persistence.InnovationDocument;
import vn.tdkt.nomination.facts.ratings.persistence.RatingDocument;
import vn.tdkt.platformtest.matrix.SecurityMatrix.Row;
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

        String put(String text) {
            return text.replace("{innovation}", innovation).replace("{hold}", hold)
                    .replace("{discipline}", discipline);
        }
    }

    private static final String CSV = "Số định danh cá nhân,Họ và tên,Ngày sinh,Mã đơn vị,Năm,Xếp loại\n"
            + "001086000123,Lê Thị Mai,12/03/1986,SGDDT,2026,HTXSNV\n";

    /** The lists that show the {@value #OWN_UNIT} subject's records to everyone but another unit's officer. */
    private static final Set<String> SUBJECT_LISTS = Set.of("/api/v1/ratings", "/api/v1/innovations",
            "/api/v1/holds", "/api/v1/disciplines");

    static Stream<Row> matrix() {
        String awardVersion = """
                {"effectiveFrom": "2027-12-25", "note": "Bổ sung", "awards": [
                  {"code": "GIAY_KHEN", "name": "Giấy khen", "kind": "COMMENDATION", "decidingLevel": "UNIT",
                   "subjectTypes": ["INDIVIDUAL", "COLLECTIVE", "HOUSEHOLD"],
                   "rewardCoefficients": {"INDIVIDUAL": 0.3, "COLLECTIVE": 0.6, "HOUSEHOLD": 0.45}}]}""";
        String check = """
                {"awardCode": "LDTT", "subjectType": "INDIVIDUAL", "year": 2026, "decisionDate": "2026-12-20",
                 "facts": {"ratings": [{"year": 2026, "grade": "HTTNV"}]}}""";
        String innovation = """
                {"title": "Ứng dụng chấm điểm thi đua", "level": "CO_SO", "year": 2026,
                 "owner": {"nationalId": "001086000123", "unitCode": "SGDDT"}}""";
        String hold = """
                {"subject": {"nationalId": "001086000123", "unitCode": "SGDDT"}, "kind": "PRESS_REPORT",
                 "since": "2026-11-01", "reason": "Báo phản ánh"}""";
        String discipline = """
                {"subject": {"nationalId": "001086000123", "unitCode": "SGDDT"}, "level": "KHIEN_TRACH",
                 "from": "2024-01-10", "to": "2025-01-10", "decisionRef": "QĐ 7/QĐ-SGDĐT"}""";
        // catalogue, rules, eligibility check, ratings, innovations, holds, disciplines (rules feature)
        return rows(
                gets(everyRole(), "/api/v1/awards?on=2026-12-20", "/api/v1/awards/versions",
                        "/api/v1/awards/versions/catalogue-2025-07-01"),
                //                               OWN  OTHER NO_ROLE ANON SNV  LEADER COUNCIL ADMIN
                endpoint("publish award version", POST, "/api/v1/awards/versions", JSON, awardVersion,
                        COLUMNS.statuses(403, 403, 403, 401, 403, 403, 403, 201)),
                gets(everyRole(), "/api/v1/awards/base-salary?on=2026-07-01", "/api/v1/rule-sets",
                        "/api/v1/rule-sets/nd152-2025"),
                endpoint("eligibility check", POST, "/api/v1/eligibility-checks", JSON, check, everyRole()),
                endpoint("rating import", POST, "/api/v1/ratings/imports", "text/csv", CSV, snvOnly(200)),
                gets(everyRole(), "/api/v1/ratings"),
                register("/api/v1/innovations", "{innovation}", innovation),
                register("/api/v1/holds", "{hold}", hold),
                endpoint("lift hold", POST, "/api/v1/holds/{hold}/lift", JSON,
                        "{\"reason\": \"Kết luận không có vi phạm\"}", snvOnly(200)),
                register("/api/v1/disciplines", "{discipline}", discipline));
    }

    /** A register Sở Nội vụ records into ({@code POST path} with {@code body}), with its list and its items. */
    private static Stream<Row> register(String path, String item, String body) {
        return rows(endpoint("POST " + path, POST, path, JSON, body, snvOnly(201)),
                collection(path, path + "/" + item));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void endpoint_answers_each_caller_as_specified(Row row) throws Exception {
        Fixture fixture = fixture();

        MockHttpServletResponse response = perform(mvc, row, fixture::put, () -> List.of(counts(),
                String.valueOf(mongo.findById(fixture.hold(), HoldDocument.class).getAggregate().lifted())));

        if (row.status() == 200 && SUBJECT_LISTS.contains(row.path())) {
            int listed = JsonPath.read(response.getContentAsString(), "$.items.length()");
            assertThat(listed > 0).as("%s sees the %s subject's records", row.caller(), OWN_UNIT)
                    .isEqualTo(row.caller() != OTHER_UNIT_OFFICER);
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
