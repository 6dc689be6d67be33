package vn.tdkt.platformtest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every service's OpenAPI document must offer a newcomer, checked on the live document, which is then written
 * to {@code target/openapi.json} for the spectral lint in CI ({@code infra/api-lint}). A service's test extends this
 * class (and nothing else), so the check is the same everywhere.
 */
public abstract class ApiDocumentTest extends ServiceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void the_api_document_lets_a_newcomer_authorize_and_read_the_errors() throws Exception {
        String body = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "openapi.json"), body, StandardCharsets.UTF_8);
        JsonNode document = JSON.readTree(body);

        assertThat(document.at("/components/securitySchemes/oauth2/flows/clientCredentials/tokenUrl").asString())
                .endsWith("/oauth2/token");
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
        assertThat(document.at("/security").isArray()).isTrue();
        assertThat(document.at("/components/schemas/Problem").isObject()).isTrue();
        assertThat(document.at("/info/description").asString()).isNotBlank();
        document.at("/paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String where = operation.getKey().toUpperCase() + " " + path.getKey();
            JsonNode op = operation.getValue();
            assertThat(op.at("/summary").asString()).as("summary of %s", where).isNotBlank();
            assertThat(op.at("/tags").isArray()).as("tags of %s", where).isTrue();
            assertThat(op.at("/responses/400/content/application~1problem+json").isObject())
                    .as("documented 400 problem of %s", where).isTrue();
        }));
    }
}
