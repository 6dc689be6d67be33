package vn.tdkt.localstack.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The demo loader's HTTP calls: JSON in and out, a bearer token, an Idempotency-Key on every write. */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class DemoHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final Supplier<String> token;

    JsonNode get(String path) {
        return expect(send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), null), "GET " + path);
    }

    JsonNode post(String path, Object body, String idempotencyKey) {
        return expect(send(json(HttpRequest.newBuilder(URI.create(baseUrl + path)), body)
                .header("Idempotency-Key", idempotencyKey), null), "POST " + path);
    }

    JsonNode put(String path, Object body, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        return expect(send(request, ifMatch), "PUT " + path);
    }

    /** A raw body (a plan text) with its content type. */
    HttpResponse<String> postText(String path, String contentType, String text, String idempotencyKey) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", contentType)
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)), null);
    }

    /** A multipart upload of one file ({@code file}) with text fields. */
    JsonNode postFile(String path, String fileName, String contentType, byte[] content, Map<String, String> fields,
            String idempotencyKey) {
        String boundary = "demo-" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return expect(send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), null), "POST " + path);
    }

    private static HttpRequest.Builder json(HttpRequest.Builder request, Object body) {
        return request.header("Content-Type", "application/json").POST(body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
    }

    HttpResponse<String> send(HttpRequest.Builder request, String ifMatch) {
        request.timeout(TIMEOUT).header("Authorization", "Bearer " + token.get()).header("Accept", "application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("call to " + baseUrl + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static JsonNode expect(HttpResponse<String> response, String step) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(step + " answered " + response.statusCode() + ": " + response.body());
        }
        String body = response.body();
        return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
    }
}
