package vn.tdkt.localstack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** The loader against a fake plan-service: the calls it makes, and that it never fails the stack. */
class DemoDataLoaderTest {

    private static final String PLAN_TEXT = "KẾ HOẠCH Triển khai công tác thi đua, khen thưởng năm 2025";
    private static final java.time.Clock CLOCK = java.time.Clock.fixed(
            java.time.Instant.parse("2026-12-06T01:00:00Z"), java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path dataDir;

    private HttpServer planService;
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private volatile boolean importerAvailable = true;

    @BeforeEach
    void startFakePlanService() throws IOException {
        planService = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        planService.createContext("/api/v1/", this::handle);
        planService.start();
    }

    @AfterEach
    void stopFakePlanService() {
        planService.stop(0);
    }

    @Test
    void importsTheRebasedPlanConfirmsAndPublishesItOnceAndSkipsWhatTheServiceLacks() throws IOException {
        Path fixture = Files.writeString(dataDir.resolve("plan.txt"), PLAN_TEXT, StandardCharsets.UTF_8);

        loader().loadOnce(fixture);
        loader().loadOnce(fixture);

        assertThat(calls.subList(0, 4)).containsExactly(
                "POST /api/v1/plan-imports key=demo-plan-2026 type=text/plain; charset=UTF-8 auth=Bearer t0k-snv"
                        + " body=" + PLAN_TEXT.replace("2025", "2026"),
                "POST /api/v1/plan-imports/imp-1/confirm key=demo-plan-2026-confirm type=application/json"
                        + " auth=Bearer t0k-snv body=",
                "POST /api/v1/plans/plan-9/publish key=demo-plan-2026-publish type=application/json auth=Bearer t0k-snv"
                        + " body=",
                "GET /api/v1/tasks key=null type=null auth=Bearer t0k-snv body=");
        // the fake has no unit plans, movements or dossiers: those steps are skipped, the plan still counts
        assertThat(calls).anyMatch(call -> call.startsWith("POST /api/v1/plans key=demo-unit-plan-2026"))
                .anyMatch(call -> call.startsWith("POST /api/v1/movements key=demo-movement-2026"))
                .anyMatch(call -> call.startsWith("POST /api/v1/dossiers key=demo-dossier-2026-1"));
        assertThat(DemoDataLoader.marker(dataDir)).content().contains("plan=plan-9");
        assertThat(calls.stream().filter(call -> call.startsWith("POST /api/v1/plan-imports ")).count())
                .as("loaded once").isEqualTo(1);
    }

    @Test
    void skipsWhenTheImporterIsNotThere() throws IOException {
        importerAvailable = false;
        Path fixture = Files.writeString(dataDir.resolve("plan.txt"), PLAN_TEXT, StandardCharsets.UTF_8);

        loader().loadOnce(fixture);

        assertThat(calls).hasSize(1);
        assertThat(DemoDataLoader.marker(dataDir)).doesNotExist();
    }

    @Test
    void skipsWithoutFixture() {
        loader().loadOnce(dataDir.resolve("missing.txt"));
        assertThat(calls).isEmpty();
        assertThat(DemoDataLoader.marker(dataDir)).doesNotExist();
    }

    @Test
    void survivesAnUnreachableServiceAndTriesAgainNextStart() throws IOException {
        // a real fixture, so the loader gets as far as calling the (unreachable) service
        Path fixture = Files.writeString(dataDir.resolve("plan.txt"), PLAN_TEXT, StandardCharsets.UTF_8);
        planService.stop(0);

        new DemoDataLoader(service -> "http://localhost:1", client -> "t0k", dataDir, CLOCK).loadOnce(fixture);

        assertThat(calls).isEmpty();
        assertThat(DemoDataLoader.marker(dataDir)).doesNotExist();
    }

    private DemoDataLoader loader() {
        return new DemoDataLoader(service -> "http://localhost:" + planService.getAddress().getPort(),
                client -> "t0k-" + client, dataDir, CLOCK);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        calls.add(exchange.getRequestMethod() + " " + path
                + " key=" + exchange.getRequestHeaders().getFirst("Idempotency-Key")
                + " type=" + exchange.getRequestHeaders().getFirst("Content-Type")
                + " auth=" + exchange.getRequestHeaders().getFirst("Authorization")
                + " body=" + body);
        if (!importerAvailable) {
            respond(exchange, 404, "{}");
        } else if (path.equals("/api/v1/plan-imports")) {
            respond(exchange, 201, "{\"id\":\"imp-1\",\"tasks\":[]}");
        } else if (path.equals("/api/v1/plan-imports/imp-1/confirm")) {
            respond(exchange, 200, "{\"planId\":\"plan-9\"}");
        } else if (path.equals("/api/v1/tasks")) {
            respond(exchange, 200, "{\"items\":[],\"page\":0,\"size\":100,\"total\":0}");
        } else if (path.equals("/api/v1/plans/plan-9/publish")) {
            respond(exchange, 200, "{\"id\":\"plan-9\",\"status\":\"PUBLISHED\"}");
        } else {
            respond(exchange, 404, "{}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
