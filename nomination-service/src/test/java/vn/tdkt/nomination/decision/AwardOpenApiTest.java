package vn.tdkt.nomination.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tdkt.platformtest.service.ServiceTest;

/**
 * The OpenAPI document describes the decision, register, certificate, revocation and fund endpoints that exist, each
 * with a summary and a tag.
 */
class AwardOpenApiTest extends ServiceTest {

    @Test
    void every_award_endpoint_is_documented() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Map<String, Object> paths = JsonPath.read(docs, "$.paths");
        List<String> ours = List.of("/api/v1/decisions", "/api/v1/decisions/{id}", "/api/v1/decisions/forwardings",
                "/api/v1/decisions/{id}/central-decision", "/api/v1/decisions/{id}/submission.pdf",
                "/api/v1/decisions/{id}/submission.docx", "/api/v1/award-register", "/api/v1/award-register/{id}",
                "/api/v1/award-register/imports", "/api/v1/award-register/imports/template",
                "/api/v1/award-register/{id}/certificate.pdf", "/api/v1/revocations", "/api/v1/revocations/{id}",
                "/api/v1/revocations/preview", "/api/v1/funds/{year}", "/api/v1/fund-forecast", "/verify/{code}");
        assertThat(paths).containsKeys(ours.toArray(String[]::new));
        assertThat(paths.keySet()).filteredOn(p -> p.startsWith("/api/v1/decisions")).hasSize(6);
        for (String path : ours) {
            Map<String, Map<String, Object>> operations = JsonPath.read(docs, "$.paths['" + path + "']");
            operations.forEach((method, operation) -> {
                assertThat((String) operation.get("summary")).as(method + " " + path).isNotBlank();
                assertThat((List<?>) operation.get("tags")).as(method + " " + path).isNotEmpty();
            });
        }
        assertThat((String) JsonPath.read(docs, "$.paths['/api/v1/decisions'].post.summary")).contains("authority");
    }
}
