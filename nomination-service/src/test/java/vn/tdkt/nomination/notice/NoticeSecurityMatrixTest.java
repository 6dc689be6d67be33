package vn.tdkt.nomination.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import vn.tdkt.nomination.council.CouncilTestSupport;
import vn.tdkt.nomination.support.Caller;
import vn.tdkt.nomination.support.SecurityMatrix;

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
    }

    record Row(String name, Function<Fixture, AbstractMockHttpServletRequestBuilder<?>> request, int... expected) {

        @Override
        public String toString() {
            return name;
        }
    }

    static AbstractMockHttpServletRequestBuilder<?> json(AbstractMockHttpServletRequestBuilder<?> request,
            String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    // ============================================================================================================
    //                                                          OWN  OTHER NO_ROLE ANON  SNV  LEADER COUNCIL ADMIN
    // ============================================================================================================
    static final List<Row> ROWS = List.of(
            new Row("open notice", f -> json(post(NOTICES), "{\"dossierId\": \"" + f.unpublished() + "\"}"),
                                                                      403, 403, 403, 401, 201, 403, 403, 201),
            new Row("list notices", f -> get(NOTICES),              200, 200, 403, 401, 200, 200, 200, 200),
            new Row("get notice", f -> get(NOTICES + "/" + f.notice()),
                                                                      200, 404, 403, 401, 200, 200, 200, 200),
            new Row("list comments", f -> get(NOTICES + "/" + f.notice() + "/comments"),
                                                                      403, 404, 403, 401, 200, 200, 200, 200),
            new Row("resolve comment", f -> json(post(NOTICES + "/" + f.notice() + "/comments/" + f.comment()
                    + "/resolve"), "{\"note\": \"Đã xác minh\"}"),   403, 403, 403, 401, 200, 403, 403, 200),
            new Row("hide comment", f -> json(post(NOTICES + "/" + f.notice() + "/comments/" + f.comment()
                    + "/hide"), "{\"reason\": \"Quảng cáo\"}"),      403, 403, 403, 401, 200, 403, 403, 200),
            // ---- public: no token needed, rate-limited
            new Row("public index", f -> get("/cong-khai"),        200, 200, 200, 200, 200, 200, 200, 200),
            new Row("public notice page", f -> get("/cong-khai/" + f.notice()),
                                                                      200, 200, 200, 200, 200, 200, 200, 200),
            new Row("public comment", f -> json(post("/cong-khai/" + f.notice() + "/y-kien"),
                    "{\"text\": \"Đồng ý với đề nghị\"}"),           201, 201, 201, 201, 201, 201, 201, 201),
            new Row("public comment form", f -> post("/cong-khai/" + f.notice() + "/y-kien")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("noi-dung", "Đồng ý"),
                                                                      303, 303, 303, 303, 303, 303, 303, 303),
            new Row("voting page", f -> get("/bo-phieu/"),         200, 200, 200, 200, 200, 200, 200, 200),
            new Row("voting page script", f -> get("/bo-phieu/app.js"),
                                                                      200, 200, 200, 200, 200, 200, 200, 200),
            new Row("voting page configuration", f -> get("/bo-phieu/cau-hinh.json"),
                                                                      200, 200, 200, 200, 200, 200, 200, 200));

    static Stream<Arguments> matrix() {
        return SecurityMatrix.cases(ROWS, (row, caller) -> Arguments.of(row, caller, row.expected()[caller.ordinal()]));
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("matrix")
    void endpoint_answers_each_caller_as_specified(Row row, Caller caller, int expected) throws Exception {
        Fixture fixture = fixture();
        Map<String, Long> before = counts();
        String commentBefore = mongo.findById(fixture.comment(), org.bson.Document.class, "notice_comments")
                .toJson();

        MockHttpServletResponse response = SecurityMatrix.send(mvc, row.request().apply(fixture), caller);

        assertThat(response.getStatus()).as("%s as %s: %s", row, caller, body(response)).isEqualTo(expected);
        if (expected >= 400) {
            SecurityMatrix.assertProblem(response);
            assertThat(counts()).as("a refused request changes nothing").isEqualTo(before);
            assertThat(mongo.findById(fixture.comment(), org.bson.Document.class, "notice_comments").toJson())
                    .as("the comment is unchanged").isEqualTo(commentBefore);
        }
        if (expected == 200 && row.name().equals("list notices")) {
            assertThat(body(response).contains(fixture.notice())).as("%s sees %s's notice", caller, OWN)
                    .isEqualTo(caller != Caller.OTHER_UNIT_OFFICER);
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
