package vn.tdkt.nomination.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.tdkt.nomination.support.MatrixCallers.COLUMNS;
import static vn.tdkt.nomination.support.MatrixCallers.OTHER_UNIT_OFFICER;
import static vn.tdkt.nomination.support.MatrixRows.collection;
import static vn.tdkt.nomination.support.MatrixRows.everyone;
import static vn.tdkt.nomination.support.MatrixRows.gets;
import static vn.tdkt.nomination.support.MatrixRows.snvOnly;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.JSON;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.endpoint;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.perform;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.rows;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import vn.tdkt.nomination.council.CouncilTestSupport;
import vn.tdkt.platformtest.matrix.SecurityMatrix.Row;

/**
 * The public notice feature's block of the security matrix, with the service's public pages: every endpoint × the own
 * unit's officer ({@value #OWN}, whose dossier is published), another unit's officer, a token without role, no token,
 * and the province-wide roles. The public pages (notice, comment form, voting page) answer without a token, and with
 * any token. A refused request changes nothing.
 */
class NoticeSecurityMatrixTest extends CouncilTestSupport {

    static final String OWN = "SGDDT";
    static final String NOTICES = "/api/v1/public-notices";

    record Fixture(String dossier, String notice, String comment, String unpublished) {

        String put(String text) {
            return text.replace("{notice}", notice).replace("{comment}", comment)
                    .replace("{unpublished}", unpublished);
        }
    }

    static AbstractMockHttpServletRequestBuilder<?> json(AbstractMockHttpServletRequestBuilder<?> request,
            String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static Stream<Row> matrix() {
        String comment = NOTICES + "/{notice}/comments/{comment}";
        return rows(
                endpoint("open notice", POST, NOTICES, JSON, "{\"dossierId\": \"{unpublished}\"}", snvOnly(201)),
                collection(NOTICES, NOTICES + "/{notice}"),
                //                               OWN  OTHER NO_ROLE ANON SNV  LEADER COUNCIL ADMIN
                endpoint("list comments", GET, NOTICES + "/{notice}/comments",
                        COLUMNS.statuses(403, 404, 403, 401, 200, 200, 200, 200)),
                endpoint("resolve comment", POST, comment + "/resolve", JSON, "{\"note\": \"Đã xác minh\"}",
                        snvOnly(200)),
                endpoint("hide comment", POST, comment + "/hide", JSON, "{\"reason\": \"Quảng cáo\"}", snvOnly(200)),
                // ---- public: no token needed, rate-limited
                gets(everyone(200), "/cong-khai", "/cong-khai/{notice}"),
                endpoint("public comment", POST, "/cong-khai/{notice}/y-kien", JSON,
                        "{\"text\": \"Đồng ý với đề nghị\"}", everyone(201)),
                endpoint("public comment form", ids -> post("/cong-khai/" + ids.apply("{notice}") + "/y-kien")
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("noi-dung", "Đồng ý"),
                        everyone(303)),
                // the voting page (the application and its configuration)
                gets(everyone(200), "/bo-phieu/", "/bo-phieu/app.js", "/bo-phieu/cau-hinh.json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void endpoint_answers_each_caller_as_specified(Row row) throws Exception {
        Fixture fixture = fixture();

        MockHttpServletResponse response = perform(mvc, row, fixture::put, () -> List.of(counts(),
                mongo.findById(fixture.comment(), org.bson.Document.class, "notice_comments").toJson()));

        if (row.status() == 200 && NOTICES.equals(row.path())) {
            assertThat(body(response).contains(fixture.notice())).as("%s sees %s's notice", row.caller(), OWN)
                    .isEqualTo(row.caller() != OTHER_UNIT_OFFICER);
        }
    }

    /** A notice of an {@value #OWN} nominee with one comment, and another appraised nominee not yet published. */
    private Fixture fixture() throws Exception {
        String dossier = appraisedPerson(OWN, "Nguyễn Thị Hoa", null, LocalDate.of(1975, 3, 2), "HCLD3",
                "Huân chương Lao động hạng Ba");
        String unpublished = appraisedPerson(OWN, "Trần Văn Bình", null, LocalDate.of(1970, 1, 1), "HCLD3",
                "Huân chương Lao động hạng Ba");
        String notice = JsonPath.read(expect(json(post(NOTICES), "{\"dossierId\": \"" + dossier + "\"}").with(snv()),
                201), "$.id");
        String comment = JsonPath.read(expect(json(post("/cong-khai/" + notice + "/y-kien"),
                "{\"text\": \"Đề nghị xác minh\", \"name\": \"Trần Văn Dân\"}").with(r -> {
                    r.setRemoteAddr("198.51.100.1");
                    return r;
                }), 201), "$.id");
        return new Fixture(dossier, notice, comment, unpublished);
    }

    private Map<String, Long> counts() {
        return Map.of("public_notices", mongo.count(new Query(), "public_notices"),
                "notice_comments", mongo.count(new Query(), "notice_comments"));
    }
}
