package vn.tdkt.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.platformtest.service.ServiceTest;

/**
 * The OpenAPI document describes the endpoints that exist, feature by feature, each with a summary and a tag: no
 * endpoint of a feature is missing, none is there that the feature does not serve (the count under its main prefix),
 * and one summary of each feature says what its Javadoc says.
 */
class FeatureEndpointsDocumentedTest extends ServiceTest {

    /**
     * @param paths        every path the feature serves
     * @param prefix       the feature's main resource, whose paths are counted
     * @param underPrefix  how many paths start with {@code prefix}
     * @param operation    a JSON path to one operation's summary
     * @param summaryPart  what that summary says
     */
    record Feature(String name, List<String> paths, String prefix, int underPrefix, String operation,
            String summaryPart) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> features() {
        return Stream.of(
                new Feature("dossiers, batches and nominee imports", List.of("/api/v1/dossiers",
                        "/api/v1/dossiers/{id}", "/api/v1/dossiers/{id}/history", "/api/v1/dossiers/{id}/eligibility",
                        "/api/v1/dossiers/{id}/submit", "/api/v1/dossiers/{id}/recall", "/api/v1/dossiers/{id}/assign",
                        "/api/v1/dossiers/{id}/return", "/api/v1/dossiers/{id}/resubmit",
                        "/api/v1/dossiers/{id}/appraisal", "/api/v1/dossiers/{id}/documents",
                        "/api/v1/dossiers/{id}/documents/{documentId}", "/api/v1/batches", "/api/v1/batches/{id}",
                        "/api/v1/batches/{id}/dossiers", "/api/v1/batches/{id}/submit-all",
                        "/api/v1/nominee-imports/template", "/api/v1/nominee-imports", "/api/v1/nominee-imports/{id}",
                        "/api/v1/nominee-imports/{id}/confirm"),
                        "/api/v1/dossiers", 12, "$.paths['/api/v1/dossiers/{id}/appraisal'].post.summary",
                        "rules engine"),
                new Feature("councils, sessions, public notices and public pages", List.of("/api/v1/councils",
                        "/api/v1/councils/{id}", "/api/v1/council-sessions", "/api/v1/council-sessions/mine",
                        "/api/v1/council-sessions/{id}", "/api/v1/council-sessions/{id}/turnout",
                        "/api/v1/council-sessions/{id}/attendance", "/api/v1/council-sessions/{id}/recusals",
                        "/api/v1/council-sessions/{id}/written-votes",
                        "/api/v1/council-sessions/{id}/written-votes/{voteId}/document",
                        "/api/v1/council-sessions/{id}/ballot/open", "/api/v1/council-sessions/{id}/ballots",
                        "/api/v1/council-sessions/{id}/ballot/close", "/api/v1/council-sessions/{id}/cancel",
                        "/api/v1/council-sessions/{id}/minutes.pdf", "/api/v1/council-sessions/{id}/minutes.docx",
                        "/api/v1/public-notices", "/api/v1/public-notices/{id}", "/api/v1/public-notices/{id}/comments",
                        "/api/v1/public-notices/{id}/comments/{commentId}/resolve",
                        "/api/v1/public-notices/{id}/comments/{commentId}/hide", "/cong-khai", "/cong-khai/{id}",
                        "/cong-khai/{id}/y-kien"),
                        "/api/v1/council-sessions", 14,
                        "$.paths['/api/v1/council-sessions/{id}/ballot/open'].post.summary", "quorum"),
                new Feature("decisions, register, certificates, revocations and the fund", List.of(
                        "/api/v1/decisions", "/api/v1/decisions/{id}", "/api/v1/decisions/forwardings",
                        "/api/v1/decisions/{id}/central-decision", "/api/v1/decisions/{id}/submission.pdf",
                        "/api/v1/decisions/{id}/submission.docx", "/api/v1/award-register",
                        "/api/v1/award-register/{id}", "/api/v1/award-register/imports",
                        "/api/v1/award-register/imports/template", "/api/v1/award-register/{id}/certificate.pdf",
                        "/api/v1/revocations", "/api/v1/revocations/{id}", "/api/v1/revocations/preview",
                        "/api/v1/funds/{year}", "/api/v1/fund-forecast", "/verify/{code}"),
                        "/api/v1/decisions", 6, "$.paths['/api/v1/decisions'].post.summary", "authority"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("features")
    void every_endpoint_of_the_feature_is_documented(Feature feature) throws Exception {
        String docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Map<String, Object> paths = JsonPath.read(docs, "$.paths");

        assertThat(paths).containsKeys(feature.paths().toArray(String[]::new));
        assertThat(paths.keySet()).filteredOn(p -> p.startsWith(feature.prefix())).hasSize(feature.underPrefix());
        for (String path : feature.paths()) {
            Map<String, Map<String, Object>> operations = JsonPath.read(docs, "$.paths['" + path + "']");
            operations.forEach((method, operation) -> {
                assertThat((String) operation.get("summary")).as(method + " " + path).isNotBlank();
                assertThat((List<?>) operation.get("tags")).as(method + " " + path).isNotEmpty();
            });
        }
        assertThat((String) JsonPath.read(docs, feature.operation())).contains(feature.summaryPart());
    }
}
