package vn.tdkt.nomination.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.tdkt.nomination.support.MatrixCallers.COLUMNS;
import static vn.tdkt.nomination.support.MatrixCallers.OTHER_UNIT_OFFICER;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.endpoint;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import vn.tdkt.nomination.council.CouncilTestSupport;
import vn.tdkt.platformtest.matrix.SecurityMatrix;
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
        HttpMethod get = HttpMethod.GET;
        HttpMethod post = HttpMethod.POST;
        String json = MediaType.APPLICATION_JSON_VALUE;
        String comment = NOTICES + "/{notice}/comments/{comment}";
        //                               OWN  OTHER NO_ROLE ANON SNV  LEADER COUNCIL ADMIN
        return Stream.of(
                endpoint("open notice", post, NOTICES, json, "{\"dossierId\": \"{unpublished}\"}",
                        COLUMNS.statuses(403, 403, 403, 401, 201, 403, 403, 201)),
                endpoint("list notices", get, NOTICES,
                        COLUMNS.statuses(200, 200, 403, 401, 200, 200, 200, 200)),
                endpoint("get notice", get, NOTICES + "/{notice}",
                        COLUMNS.statuses(200, 404, 403, 401, 200, 200, 200, 200)),
                endpoint("list comments", get, NOTICES + "/{notice}/comments",
                        COLUMNS.statuses(403, 404, 403, 401, 200, 200, 200, 200)),
                endpoint("resolve comment", post, comment + "/resolve", json, "{\"note\": \"Đã xác minh\"}",
                        COLUMNS.statuses(403, 403, 403, 401, 200, 403, 403, 200)),
                endpoint("hide comment", post, comment + "/hide", json, "{\"reason\": \"Quảng cáo\"}",
                        COLUMNS.statuses(403, 403, 403, 401, 200, 403, 403, 200)),
                // ---- public: no token needed, rate-limited
                endpoint("public index", get, "/cong-khai",
                        COLUMNS.statuses(200, 200, 200, 200, 200, 200, 200, 200)),
                endpoint("public notice page", get, "/cong-khai/{notice}",
                        COLUMNS.statuses(200, 200, 200, 200, 200, 200, 200, 200)),
                endpoint("public comment", post, "/cong-khai/{notice}/y-kien", json,
                        "{\"text\": \"Đồng ý với đề nghị\"}",
                        COLUMNS.statuses(201, 201, 201, 201, 201, 201, 201, 201)),
                endpoint("public comment form", ids -> post("/cong-khai/" + ids.apply("{notice}") + "/y-kien")
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("noi-dung", "Đồng ý"),
                        COLUMNS.statuses(303, 303, 303, 303, 303, 303, 303, 303)),
                endpoint("voting page", get, "/bo-phieu/",
                        COLUMNS.statuses(200, 200, 200, 200, 200, 200, 200, 200)),
                endpoint("voting page script", get, "/bo-phieu/app.js",
                        COLUMNS.statuses(200, 200, 200, 200, 200, 200, 200, 200)),
                endpoint("voting page configuration", get, "/bo-phieu/cau-hinh.json",
                        COLUMNS.statuses(200, 200, 200, 200, 200, 200, 200, 200)))
                .flatMap(rows -> rows);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void endpoint_answers_each_caller_as_specified(Row row) throws Exception {
        Fixture fixture = fixture();
        Map<String, Long> before = counts();
        String commentBefore = mongo.findById(fixture.comment(), org.bson.Document.class, "notice_comments")
                .toJson();

        MockHttpServletResponse response = mvc.perform(row.request(fixture::put)).andReturn().getResponse();

        assertThat(response.getStatus()).as("%s: %s", row.name(), body(response)).isEqualTo(row.status());
        if (row.status() >= 400) {
            SecurityMatrix.assertProblem(response);
            assertThat(counts()).as("a refused request changes nothing").isEqualTo(before);
            assertThat(mongo.findById(fixture.comment(), org.bson.Document.class, "notice_comments").toJson())
                    .as("the comment is unchanged").isEqualTo(commentBefore);
        }
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
