package vn.tdkt.e2e.faults;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import vn.tdkt.e2e.Api;

/**
 * A department's webhook endpoint, in this JVM: it checks each delivery's Standard Webhooks signature and answers 200,
 * or 503 while it is {@link #unavailable(boolean) unavailable}. Every call is recorded with the CloudEvent's subject
 * (the dossier) and, when a breaker probe is set, the state of the sender's circuit breaker read <em>while the call is
 * held here</em>: notification-service dispatches from one thread per instance, so nothing else can move that breaker
 * during the call, and a call seen while the breaker reads {@code open} is a call that leaked through it.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One POST that reached the receiver. */
    record Call(Instant at, String subject, String webhookId, int answered, boolean signatureValid,
            String breakerState) {
    }

    private final HttpServer server;
    private final List<Call> calls = new ArrayList<>();
    private volatile boolean unavailable;
    private volatile String secret;
    private volatile Supplier<String> breakerProbe;

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot open the webhook receiver", e);
        }
        server.createContext("/hook", this::receive);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The subscription's {@code whsec_…} secret, to check signatures. */
    void secret(String secret) {
        this.secret = secret;
    }

    /** While true, every call is answered 503 (a receiver that is down behind its load balancer). */
    void unavailable(boolean unavailable) {
        this.unavailable = unavailable;
    }

    /** Reads the sender's breaker state during each call (null: not observed). */
    void observeBreaker(Supplier<String> probe) {
        this.breakerProbe = probe;
    }

    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Calls answered 2xx per subject (dossier), from {@code since} on. */
    synchronized Map<String, Integer> acceptedBySubject(Instant since) {
        Map<String, Integer> accepted = new HashMap<>();
        for (Call call : calls) {
            if (call.answered() < 300 && !call.at().isBefore(since)) {
                accepted.merge(call.subject(), 1, Integer::sum);
            }
        }
        return accepted;
    }

    synchronized long acceptedSince(Instant since) {
        return calls.stream().filter(call -> call.answered() < 300 && !call.at().isBefore(since)).count();
    }

    private void receive(HttpExchange exchange) throws IOException {
        Instant at = Instant.now();
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String text = new String(body, StandardCharsets.UTF_8);
        String webhookId = exchange.getRequestHeaders().getFirst("webhook-id");
        boolean valid = signatureValid(webhookId, exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                exchange.getRequestHeaders().getFirst("webhook-signature"), text);
        String subject = subjectOf(text);
        Supplier<String> probe = breakerProbe;
        String state = probe == null ? null : probe.get();
        int status = unavailable ? 503 : valid ? 200 : 401;
        synchronized (this) {
            calls.add(new Call(at, subject, webhookId, status, valid, state));
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private static String subjectOf(String cloudEvent) {
        try {
            JsonNode event = Api.JSON.readTree(cloudEvent);
            return event.path("subject").asText(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Standard Webhooks: {@code v1,base64(HMAC-SHA256(key, id.timestamp.body))}, the key being the secret's bytes. */
    private boolean signatureValid(String id, String timestamp, String signatures, String body) {
        String current = secret;
        if (current == null || id == null || timestamp == null || signatures == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(current.substring("whsec_".length())),
                    "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            for (String signature : signatures.split(" ")) {
                if (signature.startsWith("v1,") && MessageDigest.isEqual(expected,
                        Base64.getDecoder().decode(signature.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
