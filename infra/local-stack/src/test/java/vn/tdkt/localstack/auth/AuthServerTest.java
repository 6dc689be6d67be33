package vn.tdkt.localstack.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AuthServerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dataDir;

    private static AuthServer server;

    @BeforeAll
    static void startServer() {
        server = new AuthServer(dataDir, 0);
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @Test
    void issuesAnAccessTokenWithTheClientsUnitAndRoles() throws Exception {
        // when vpubnd asks for a token with the client-credentials grant
        HttpResponse<String> response = tokenRequest("vpubnd", "vpubnd-secret");

        // then the JWT payload carries its unit, roles and the issuer
        assertThat(response.statusCode()).isEqualTo(200);
        String token = JSON.readTree(response.body()).get("access_token").asString();
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(claims.get("unit").asString()).isEqualTo("VPUBND");
        assertThat(claims.get("roles").isArray()).isTrue();
        assertThat(claims.get("roles").values()).extracting(JsonNode::asString).containsExactly("UNIT_OFFICER");
        assertThat(claims.get("iss").asString()).isEqualTo(server.issuerUri());
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(8 * 3600);
    }

    @Test
    void swaggerUiOnAServicePortMayAskForAToken() throws Exception {
        // the browser's preflight before Swagger UI's "Authorize" posts the client credentials
        HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(URI.create(server.issuerUri() + "/oauth2/token"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://localhost:8082")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:8082");

        HttpResponse<String> foreign = HTTP.send(HttpRequest.newBuilder(URI.create(server.issuerUri() + "/oauth2/token"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void rejectsAWrongSecret() throws Exception {
        assertThat(tokenRequest("vpubnd", "wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void publishesMetadataAndKeysForResourceServers() throws Exception {
        JsonNode metadata = JSON.readTree(get("/.well-known/oauth-authorization-server").body());
        assertThat(metadata.get("issuer").asString()).isEqualTo(server.issuerUri());
        assertThat(metadata.get("jwks_uri").asString()).isEqualTo(server.issuerUri() + "/oauth2/jwks");
        JsonNode openid = JSON.readTree(get("/.well-known/openid-configuration").body());
        assertThat(openid.get("issuer").asString()).isEqualTo(server.issuerUri());
        JsonNode keys = JSON.readTree(get("/oauth2/jwks").body()).get("keys");
        assertThat(keys.get(0).get("kty").asString()).isEqualTo("RSA");
        assertThat(keys.get(0).has("d")).as("private exponent must not be published").isFalse();
    }

    private static HttpResponse<String> tokenRequest(String clientId, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.tokenUri()))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(server.issuerUri() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response;
    }
}
