package vn.tdkt.notification.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A real HTTP receiver of webhooks (the JDK's HttpServer on a free port), standing for a unit's system or LGSP. It
 * verifies every delivery with its own implementation of the Standard Webhooks scheme — written from the
 * specification, not sharing code with the sender: the signed content is {@code id.timestamp.body}, the key is the
 * base64 text after {@code whsec_}, the header holds space-separated {@code v1,<base64>} signatures compared in
 * constant time, and a timestamp more than five minutes from the receiver's clock is refused.
 *
 * <p>Each endpoint path has its own secret and can be told to fail (a status code) to simulate an outage.
 */
public final class WebhookReceiver implements AutoCloseable {

    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final HttpServer server;
    private final Supplier<Instant> clock;
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final Map<String, Integer> failing = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    /** One request as the receiver saw it, and what it answered. */
    public record Received(String path, String webhookId, String timestamp, String signature, String contentType,
            String body, boolean verified, int status, Instant at) {
    }

    public WebhookReceiver(Supplier<Instant> clock) {
        this.clock = clock;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void expectSecret(String path, String secret) {
        secrets.put(path, secret);
    }

    /** The endpoint answers {@code status} to everything until {@link #recover}. */
    public void fail(String path, int status) {
        failing.put(path, status);
    }

    public void recover(String path) {
        failing.remove(path);
    }

    public List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** Requests that were accepted (2xx after a valid signature). */
    public List<Received> accepted(String path) {
        return received(path).stream().filter(r -> r.status() / 100 == 2).toList();
    }

    public void clear() {
        received.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        Integer failure = failing.get(path);
        boolean verified = verify(secrets.get(path), id, timestamp, signature, body);
        int status = failure != null ? failure : verified ? 204 : 401;
        received.add(new Received(path, id, timestamp, signature, contentType, body, verified, status, clock.get()));
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private boolean verify(String secret, String id, String timestamp, String header, String body) {
        if (secret == null || id == null || timestamp == null || header == null || !secret.startsWith("whsec_")) {
            return false;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return false;
        }
        if (Duration.between(Instant.ofEpochSecond(seconds), clock.get()).abs().compareTo(TOLERANCE) > 0) {
            return false;
        }
        byte[] expected = hmac(Base64.getDecoder().decode(secret.substring("whsec_".length())),
                id + "." + timestamp + "." + body);
        for (String candidate : header.split(" ")) {
            int comma = candidate.indexOf(',');
            if (comma < 0 || !candidate.substring(0, comma).equals("v1")) {
                continue;
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(candidate.substring(comma + 1));
            } catch (IllegalArgumentException notBase64) {
                continue;
            }
            if (MessageDigest.isEqual(expected, given)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] hmac(byte[] key, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** For assertions that list what an endpoint got. */
    public List<String> acceptedIds(String path) {
        List<String> ids = new ArrayList<>();
        accepted(path).forEach(r -> ids.add(r.webhookId()));
        return ids;
    }
}
