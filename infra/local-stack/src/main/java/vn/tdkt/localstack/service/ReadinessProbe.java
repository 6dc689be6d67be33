package vn.tdkt.localstack.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Asks a Spring Boot service whether it is ready: {@code /actuator/health/readiness} when the service exposes the
 * probe groups, otherwise {@code /actuator/health}. HTTP 200 means UP (Boot answers 503 while DOWN).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class ReadinessProbe {

    private static final Logger log = LoggerFactory.getLogger(ReadinessProbe.class);
    private static final String READINESS = "/actuator/health/readiness";
    private static final String HEALTH = "/actuator/health";

    private final String serviceName;
    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private String path = READINESS;

    /** One attempt; false while the service is not listening or not UP yet. */
    boolean isReady() throws InterruptedException {
        int status;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(3))
                    .GET().build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return false;
        }
        if (status == 200) {
            return true;
        }
        if (status == 404 && path.equals(READINESS)) {
            log.debug("{} has no readiness group, using {}", serviceName, HEALTH);
            path = HEALTH;
            return false;
        }
        if ((status == 401 || status == 403) && path.equals(HEALTH)) {
            // The web server only accepts requests once the application context is refreshed; a secured health
            // endpoint is the best signal there is.
            log.warn("{} requires a token for {}; taking the answer as ready", serviceName, HEALTH);
            return true;
        }
        return false;
    }
}
