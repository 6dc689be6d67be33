package vn.tdkt.nomination.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.tdkt.nomination.dossier.domain.DossierStatus;
import vn.tdkt.platformtest.security.TestTokens;

/**
 * Every endpoint × every kind of caller. The fixture dossier belongs to {@value #OWN_UNIT}; "other unit" is an
 * officer of {@value #OTHER_UNIT}; "no role" holds a valid token of the own unit without any role.
 */
class DossierSecurityMatrixTest extends DossierApiTestSupport {

    enum Caller {
        OWN_UNIT_OFFICER(() -> TestTokens.unitOfficer(OWN_UNIT)),
        OTHER_UNIT_OFFICER(() -> TestTokens.unitOfficer(OTHER_UNIT)),
        NO_ROLE(() -> TestTokens.noRole(OWN_UNIT)),
        ANONYMOUS(() -> null),
        SNV_OFFICER(TestTokens::snvOfficer),
        LEADER(TestTokens::leader),
        COUNCIL_MEMBER(TestTokens::councilMember);

        final Supplier<RequestPostProcessor> token;

        Caller(Supplier<RequestPostProcessor> token) {
            this.token = token;
        }
    }

    enum Endpoint {
        LIST_AWARDS(DossierStatus.DRAFT, id -> get("/api/v1/awards")),
        CREATE(DossierStatus.DRAFT, id -> post(DOSSIERS).contentType(MediaType.APPLICATION_JSON)
                .content(body(OWN_UNIT, "INDIVIDUAL", "Phạm Văn Tuấn", "LDTT", 2025))),
        LIST(DossierStatus.DRAFT, id -> get(DOSSIERS)),
        GET(DossierStatus.DRAFT, id -> get(DOSSIERS + "/" + id)),
        UPDATE(DossierStatus.DRAFT, id -> put(DOSSIERS + "/" + id).contentType(MediaType.APPLICATION_JSON)
                .content(body(null, "INDIVIDUAL", "Phạm Văn Tuấn", "GIAY_KHEN", 2025))),
        SUBMIT(DossierStatus.DRAFT, id -> post(DOSSIERS + "/" + id + "/submit")),
        APPRAISE(DossierStatus.SUBMITTED, id -> post(DOSSIERS + "/" + id + "/appraisal")
                .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\": \"ELIGIBLE\"}"));

        final DossierStatus fixture;
        final Function<String, MockHttpServletRequestBuilder> request;

        Endpoint(DossierStatus fixture, Function<String, MockHttpServletRequestBuilder> request) {
            this.fixture = fixture;
            this.request = request;
        }
    }

    /** Expected status per caller, in {@link Caller} order. */
    private static final Object[][] MATRIX = {
        //                  OWN  OTHER NO_ROLE ANON  SNV  LEADER COUNCIL
        {Endpoint.LIST_AWARDS, 200, 200, 403, 401, 200, 200, 200},
        {Endpoint.CREATE,      201, 403, 403, 401, 201, 403, 403},
        {Endpoint.LIST,        200, 200, 403, 401, 200, 200, 200},
        {Endpoint.GET,         200, 404, 403, 401, 200, 200, 200},
        {Endpoint.UPDATE,      200, 404, 403, 401, 200, 403, 403},
        {Endpoint.SUBMIT,      200, 404, 403, 401, 403, 403, 403},
        {Endpoint.APPRAISE,    403, 403, 403, 401, 200, 403, 403},
    };

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Object[] row : MATRIX) {
            for (Caller caller : Caller.values()) {
                cases.add(Arguments.of(row[0], caller, row[1 + caller.ordinal()]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("matrix")
    void endpoint_answers_each_caller_as_specified(Endpoint endpoint, Caller caller, int expected) throws Exception {
        String id = endpoint.fixture == DossierStatus.SUBMITTED ? createSubmitted() : createDraft();

        MockHttpServletRequestBuilder request = endpoint.request.apply(id);
        RequestPostProcessor token = caller.token.get();
        if (token != null) {
            request.with(token);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        assertThat(response.getStatus()).as("%s as %s: %s", endpoint, caller, response.getContentAsString())
                .isEqualTo(expected);
        if (expected >= 400) {
            assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .as("problem details content type").isTrue();
            assertThat((String) JsonPath.read(response.getContentAsString(), "$.code")).isNotBlank();
            assertThat(stored(id).getVersion()).as("a refused command changes nothing")
                    .isEqualTo(endpoint.fixture == DossierStatus.SUBMITTED ? 1L : 0L);
        }
        if (endpoint == Endpoint.LIST && expected == 200) {
            List<String> listed = JsonPath.read(response.getContentAsString(), "$.items[*].id");
            boolean seesOwnUnit = caller != Caller.OTHER_UNIT_OFFICER;
            assertThat(listed.contains(id)).as("%s sees the %s dossier", caller, OWN_UNIT).isEqualTo(seesOwnUnit);
        }
    }
}
