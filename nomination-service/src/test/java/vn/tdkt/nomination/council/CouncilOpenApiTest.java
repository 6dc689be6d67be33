package vn.tdkt.nomination.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tdkt.platformtest.service.ServiceTest;

/** The OpenAPI document describes the council, session, public notice and public page endpoints that exist. */
class CouncilOpenApiTest extends ServiceTest {

    @Test
    void every_council_and_notice_endpoint_is_documented() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Map<String, Object> paths = JsonPath.read(docs, "$.paths");

        assertThat(paths).containsKeys("/api/v1/councils", "/api/v1/councils/{id}", "/api/v1/council-sessions",
                "/api/v1/council-sessions/mine", "/api/v1/council-sessions/{id}",
                "/api/v1/council-sessions/{id}/turnout", "/api/v1/council-sessions/{id}/attendance",
                "/api/v1/council-sessions/{id}/recusals", "/api/v1/council-sessions/{id}/written-votes",
                "/api/v1/council-sessions/{id}/written-votes/{voteId}/document",
                "/api/v1/council-sessions/{id}/ballot/open", "/api/v1/council-sessions/{id}/ballots",
                "/api/v1/council-sessions/{id}/ballot/close", "/api/v1/council-sessions/{id}/cancel",
                "/api/v1/council-sessions/{id}/minutes.pdf", "/api/v1/council-sessions/{id}/minutes.docx",
                "/api/v1/public-notices", "/api/v1/public-notices/{id}", "/api/v1/public-notices/{id}/comments",
                "/api/v1/public-notices/{id}/comments/{commentId}/resolve",
                "/api/v1/public-notices/{id}/comments/{commentId}/hide", "/cong-khai", "/cong-khai/{id}",
                "/cong-khai/{id}/y-kien");
        assertThat(paths.keySet()).filteredOn(p -> p.startsWith("/api/v1/council-sessions")).hasSize(14);
        assertThat((String) JsonPath.read(docs, "$.paths['/api/v1/council-sessions/{id}/ballot/open'].post.summary"))
                .contains("quorum");
    }
}
