package vn.tdkt.localstack.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tdkt.localstack.LocalStack;

/**
 * Loads the demo plan once: imports the Sơn La 2025 plan text through plan-service's importer as the Sở Nội vụ
 * officer, confirms the import and publishes the plan, so that the dashboard has something to show. A marker file
 * {@code <dataDir>/demo-loaded} records success. Demo data never stops the stack: every problem is logged and skipped.
 */
public final class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String PLAN_SERVICE = "plan-service";
    private static final String IDEMPOTENCY_KEY = "demo-fixture-2025";
    private static final String FIXTURE_NAME = "ke-hoach-tdkt-2025-ubnd-tinh-son-la.txt";

    private final String planServiceUrl;
    private final Supplier<String> snvToken;
    private final Path dataDir;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * @param planServiceUrl base URL of plan-service
     * @param snvToken       gets an access token of the Sở Nội vụ officer (client {@code snv})
     * @param dataDir        where the {@code demo-loaded} marker is kept
     */
    public DemoDataLoader(String planServiceUrl, Supplier<String> snvToken, Path dataDir) {
        this.planServiceUrl = planServiceUrl;
        this.snvToken = snvToken;
        this.dataDir = dataDir;
    }

    /** Loads the demo plan into a running stack, if it runs plan-service; never throws. */
    public static void loadOnce(LocalStack stack, Path fixture) {
        if (!stack.serviceNames().contains(PLAN_SERVICE)) {
            log.info("plan-service is not started, skipping demo plan");
            return;
        }
        new DemoDataLoader(stack.serviceUrl(PLAN_SERVICE), () -> stack.token("snv"), stack.dataDir()).loadOnce(fixture);
    }

    /** {@code <repo>/../shared/fixtures/ke-hoach-tdkt-2025-ubnd-tinh-son-la.txt}. */
    public static Path defaultFixture(Path repoRoot) {
        return repoRoot.resolve("..").resolve("shared").resolve("fixtures").resolve(FIXTURE_NAME).normalize();
    }

    public static Path marker(Path dataDir) {
        return dataDir.resolve("demo-loaded");
    }

    /** Imports, confirms and publishes the plan in {@code fixture} unless already done; never throws. */
    public void loadOnce(Path fixture) {
        Path marker = marker(dataDir);
        if (Files.exists(marker)) {
            log.info("Demo data already loaded ({}), skipping", marker);
            return;
        }
        if (!Files.isRegularFile(fixture)) {
            log.info("No demo plan at {}, skipping demo plan", fixture);
            return;
        }
        try {
            load(fixture).ifPresent(planId -> writeMarker(marker, planId));
        } catch (IOException | RuntimeException e) {
            log.warn("Demo plan not loaded: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Optional<String> load(Path fixture) throws IOException, InterruptedException {
        String plan = planServiceUrl;
        String token = snvToken.get();
        HttpResponse<String> imported = send(HttpRequest.newBuilder(URI.create(plan + "/api/v1/plan-imports"))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .header("Idempotency-Key", IDEMPOTENCY_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(Files.readString(fixture, StandardCharsets.UTF_8),
                        StandardCharsets.UTF_8)), token);
        if (imported.statusCode() == 404 || imported.statusCode() == 405) {
            log.info("importer not available, skipping demo plan");
            return Optional.empty();
        }
        String importId = field(imported, "id", "import");

        HttpResponse<String> confirmed = command(plan + "/api/v1/plan-imports/" + importId + "/confirm",
                plan + "/api/v1/plan-imports/" + importId, token, IDEMPOTENCY_KEY + "-confirm");
        String planId = field(confirmed, "planId", "confirm");

        HttpResponse<String> published = command(plan + "/api/v1/plans/" + planId + "/publish",
                plan + "/api/v1/plans/" + planId, token, IDEMPOTENCY_KEY + "-publish");
        requireSuccess(published, "publish");
        log.info("Demo plan {} imported from {} and published", planId, fixture.getFileName());
        return Optional.of(planId);
    }

    /**
     * POSTs a command without a body. If the service insists on optimistic locking (428 Precondition Required), reads
     * the resource's ETag and sends it as If-Match.
     */
    private HttpResponse<String> command(String url, String resourceUrl, String token, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.noBody());
        HttpResponse<String> response = send(request, token);
        if (response.statusCode() != 428) {
            return response;
        }
        HttpResponse<String> resource = send(HttpRequest.newBuilder(URI.create(resourceUrl)).GET(), token);
        Optional<String> etag = resource.headers().firstValue("ETag");
        if (etag.isEmpty()) {
            return response;
        }
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Idempotency-Key", idempotencyKey)
                .header("If-Match", etag.get())
                .POST(HttpRequest.BodyPublishers.noBody()), token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String token)
            throws IOException, InterruptedException {
        return http.send(request.timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String field(HttpResponse<String> response, String name, String step) {
        requireSuccess(response, step);
        JsonNode value = JSON.readTree(response.body()).path(name);
        if (value.isMissingNode() || value.isNull()) {
            throw new IllegalStateException(step + " answered without " + name + ": " + response.body());
        }
        return value.asString();
    }

    private static void requireSuccess(HttpResponse<String> response, String step) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(step + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static void writeMarker(Path marker, String planId) {
        try {
            Files.writeString(marker, "planId=" + planId + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            log.warn("Cannot write {}: the demo plan will be imported again next time", marker);
        }
    }
}
