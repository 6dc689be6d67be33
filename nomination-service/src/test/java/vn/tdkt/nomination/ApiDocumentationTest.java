package vn.tdkt.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tdkt.platformtest.service.ApiDocumentTest;

/** The service's OpenAPI document, checked live and written to {@code target/openapi.json} for the spectral lint. */
class ApiDocumentationTest extends ApiDocumentTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    /**
     * The lint's {@code operation-description} rule, checked here so that the build names every operation whose
     * controller method lacks the Javadoc the convention asks for (the text after its first sentence: who may call
     * it, what it does, its problem codes and events) before CI's spectral run does.
     */
    @Test
    void every_operation_has_a_description() throws Exception {
        String body = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> undocumented = new ArrayList<>();
        JSON.readTree(body).at("/paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            JsonNode description = op.getValue().path("description");
            if (!description.isString() || description.stringValue().isBlank()) {
                undocumented.add(op.getKey().toUpperCase() + " " + path.getKey());
            }
        }));
        assertThat(undocumented).as("operations without a description (their Javadoc after the first sentence)")
                .isEmpty();
    }
}
