package vn.tdkt.localstack.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks a Spring Boot service whether it is ready: {@code /actuator/health/readiness} when the service exposes the
 * probe groups, otherwise {@code /actuator/health}. Ready is HTTP 200 with Boot's {@code "status":"UP"} (Boot
 * answers 503 while DOWN): a 200 alone could come from something else listening on the port, and once did (the
 * stack's mail catcher, given the same port), so a service that could not bind its port was taken for ready.
 */
final class ReadinessProbe {

    private static final Logger log = LoggerFactory.getLogger(ReadinessProbe.class);
    private static final String READINESS = "/actuator/health/readiness";
    private static final String HEALTH = "/actuator/health";
    private static final Pattern UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");

    private final String serviceName;
    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private String path = READINESS;
    private boolean warned;

    ReadinessProbe(String serviceName, String baseUrl) {
        this.serviceName = serviceName;
        this.baseUrl = baseUrl;
    }

    /** One attempt; false while the service is not listening or not UP yet. */
    boolean isReady() throws InterruptedException {
        HttpResponse<String> response;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(3))
                    .GET().build();
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return false;
        }
        int status = response.statusCode();
        if (status == 200) {
            boolean up = UP.matcher(response.body()).find();
            if (!up && !warned) {
                warned = true;
                log.warn("{}: {} answered 200 without \"status\":\"UP\"; something else may hold its port", serviceName,
                        baseUrl + path);
            }
            return up;
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
