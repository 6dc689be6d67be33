package vn.tdkt.localstack.auth;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gets access tokens with the client-credentials grant from any OAuth2 issuer: the token endpoint is read from the
 * issuer's metadata, so the same helper works with the local server and with an external IdP.
 */
public final class TokenClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String issuerUri;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private volatile String tokenEndpoint;

    public TokenClient(String issuerUri) {
        this.issuerUri = issuerUri.endsWith("/") ? issuerUri.substring(0, issuerUri.length() - 1) : issuerUri;
    }

    /** The access token (a JWT) for this client; fails with the server's answer if it refuses. */
    public String token(String clientId, String secret) {
        String credentials = URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint()))
                .timeout(TIMEOUT)
                .header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Token request for " + clientId + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        return JSON.readTree(response.body()).path("access_token").asString();
    }

    /** From {@code /.well-known/openid-configuration}, else {@code /.well-known/oauth-authorization-server}. */
    public String tokenEndpoint() {
        if (tokenEndpoint == null) {
            tokenEndpoint = discoverTokenEndpoint();
        }
        return tokenEndpoint;
    }

    private String discoverTokenEndpoint() {
        for (String metadata : new String[] {"/.well-known/openid-configuration", "/.well-known/oauth-authorization-server"}) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(issuerUri + metadata))
                    .timeout(TIMEOUT).header("Accept", "application/json").GET().build());
            if (response.statusCode() == 200) {
                JsonNode endpoint = JSON.readTree(response.body()).path("token_endpoint");
                if (endpoint.isString()) {
                    return endpoint.asString();
                }
            }
        }
        throw new IllegalStateException("No token endpoint in the metadata of issuer " + issuerUri);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted calling " + request.uri(), e);
        }
    }
}
