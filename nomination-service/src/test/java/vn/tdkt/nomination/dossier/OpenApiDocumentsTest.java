package vn.tdkt.nomination.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tdkt.platformtest.service.ServiceTest;

/** The OpenAPI document describes the dossier, batch and nominee-import endpoints that exist, and no others. */
class OpenApiDocumentsTest extends ServiceTest {

    @Test
    void every_dossier_endpoint_is_documented() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Map<String, Object> paths = JsonPath.read(docs, "$.paths");
        assertThat(paths).containsKeys("/api/v1/dossiers", "/api/v1/dossiers/{id}", "/api/v1/dossiers/{id}/history",
                "/api/v1/dossiers/{id}/eligibility", "/api/v1/dossiers/{id}/submit", "/api/v1/dossiers/{id}/recall",
                "/api/v1/dossiers/{id}/assign", "/api/v1/dossiers/{id}/return", "/api/v1/dossiers/{id}/resubmit",
                "/api/v1/dossiers/{id}/appraisal", "/api/v1/dossiers/{id}/documents",
                "/api/v1/dossiers/{id}/documents/{documentId}", "/api/v1/batches", "/api/v1/batches/{id}",
                "/api/v1/batches/{id}/dossiers", "/api/v1/batches/{id}/submit-all",
                "/api/v1/nominee-imports/template", "/api/v1/nominee-imports", "/api/v1/nominee-imports/{id}",
                "/api/v1/nominee-imports/{id}/confirm");
        assertThat(paths.keySet()).filteredOn(p -> p.startsWith("/api/v1/dossiers")).hasSize(12);
        assertThat((String) JsonPath.read(docs, "$.paths['/api/v1/dossiers/{id}/appraisal'].post.summary"))
                .contains("rules engine");
    }
}
