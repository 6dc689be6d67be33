package vn.tdkt.localstack.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The readiness probe takes a service for ready only on Spring Boot's own answer, not on any HTTP 200. */
class ReadinessProbeTest {

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void a_page_answering_200_on_the_port_is_not_a_ready_service() throws Exception {
        serve(Map.of("/actuator/health/readiness", "<!doctype html><title>Hộp thư thử nghiệm TĐKT</title>"));
        assertThat(probe().isReady()).isFalse();
    }

    @Test
    void spring_boots_up_is_ready() throws Exception {
        serve(Map.of("/actuator/health/readiness", "{\"status\":\"UP\"}"));
        assertThat(probe().isReady()).isTrue();
    }

    @Test
    void without_a_readiness_group_the_health_endpoint_is_asked_next() throws Exception {
        serve(Map.of("/actuator/health", "{\"status\": \"UP\", \"groups\": [\"liveness\"]}"));
        ReadinessProbe probe = probe();
        assertThat(probe.isReady()).as("404 on the readiness group").isFalse();
        assertThat(probe.isReady()).as("then health").isTrue();
    }

    private ReadinessProbe probe() {
        return new ReadinessProbe("a-service", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers 200 with the body for each path, 404 for any other. */
    private void serve(Map<String, String> bodies) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = bodies.get(exchange.getRequestURI().getPath());
            byte[] bytes = (body == null ? "" : body).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : bytes.length);
            if (body != null) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
    }
}
