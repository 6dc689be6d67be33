package vn.tdkt.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import vn.tdkt.localstack.LocalStack;

/**
 * Sends {@link HostileRequests} to every operation the four services document and judges each answer: a server
 * error; a valid token missing yet not answered 401; a caller of a role the operation does not admit ({@code x-roles})
 * answered anything but 403 or a routing refusal (so told about its body before being told it may not call); a
 * refusal that is not a problem with a {@code code}, its own status and Vietnamese texts (when no language was asked
 * for); and a state-changing call that was accepted.
 */
final class HostileWalk {

    private static final List<String> SERVICES = List.of("plan-service", "nomination-service", "reporting-service",
            "notification-service");

    /**
     * A Latin letter with a diacritic, or đ: every Vietnamese title, detail and field message has one, and an English
     * fallback (a reason phrase, Hibernate Validator's "must not be null", a framework's own message) has none.
     */
    private static final Pattern VIETNAMESE_LETTER = Pattern.compile("[\\u00C0-\\u024F\\u1EA0-\\u1EF9]");

    /**
     * Refusals decided while choosing the endpoint, before any endpoint's guard can run: no such path (404), method
     * (405), answer type (406) or body type (415). They say what every caller may read in the OpenAPI document.
     */
    private static final List<Integer> ROUTING = List.of(404, 405, 406, 415);

    /** What one walk found: how many operations had requests to send, the faulty answers, the accepted calls. */
    record Findings(int operations, List<String> faults, List<String> accepted) {
    }

    private final LocalStack stack;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    HostileWalk(LocalStack stack) {
        this.stack = stack;
    }

    /** Callers by demo client: each with its token. */
    List<HostileRequests.Caller> callers(String... clients) {
        return Arrays.stream(clients).map(client -> new HostileRequests.Caller(client, stack.token(client)))
                .toList();
    }

    /**
     * Sends each documented operation the requests {@code requestsOf} gives it, and prints what came back.
     *
     * @param where how the report names this walk
     */
    Findings walk(String where,
            BiFunction<HostileRequests, DocumentedOperation, List<HostileRequests.Request>> requestsOf)
            throws IOException, InterruptedException {
        List<String> faults = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        Map<String, Integer> answers = new TreeMap<>();
        int operations = 0;
        long started = System.nanoTime();
        for (String service : SERVICES) {
            JsonNode apiDocs = reader(service).get("/v3/api-docs").body();
            HostileRequests hostile = new HostileRequests(apiDocs);
            for (DocumentedOperation operation : DocumentedOperation.readAll(service, apiDocs)) {
                List<HostileRequests.Request> requests = operation.streams() ? List.of()
                        : requestsOf.apply(hostile, operation);
                if (requests.isEmpty()) {
                    continue;
                }
                operations++;
                for (HostileRequests.Request request : requests) {
                    HttpResponse<String> response = send(request);
                    answers.merge(service + " " + response.statusCode() / 100 + "xx", 1, Integer::sum);
                    String fault = fault(request, response);
                    if (fault != null) {
                        faults.add(request + ": " + fault);
                    } else if (operation.changesState() && response.statusCode() < 400) {
                        accepted.add(request + ": " + response.statusCode());
                    }
                }
            }
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        System.out.printf("Hostile calls %s: %d operations, %s calls in %d s: %s%n", where, operations,
                answers.values().stream().mapToInt(Integer::intValue).sum(), seconds, answers);
        return new Findings(operations, faults, accepted);
    }

    /** Every operation the four services document, in their documents' order. */
    List<DocumentedOperation> operations() {
        List<DocumentedOperation> operations = new ArrayList<>();
        for (String service : SERVICES) {
            operations.addAll(DocumentedOperation.readAll(service, reader(service).get("/v3/api-docs").body()));
        }
        return operations;
    }

    /** One record per documented list of the four services, read as snv, who may read everything. */
    RecordIds records() {
        RecordIds records = new RecordIds();
        for (String service : SERVICES) {
            Api reader = reader(service);
            records.readLists(service, reader.get("/v3/api-docs").body(), reader);
        }
        System.out.printf("Records to call on: %d lists, %s%n", records.lists(), records);
        return records;
    }

    /** {@code service}'s API as snv, who may read everything, its OpenAPI document included. */
    private Api reader(String service) {
        return new Api(stack.serviceUrl(service), stack.token("snv"));
    }

    /** What is wrong with the answer, or null when nothing is. */
    private static String fault(HostileRequests.Request request, HttpResponse<String> response) {
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            return "server error " + status + " " + abbreviate(response.body());
        }
        boolean anonymous = request.caller().token() == null
                || request.caller().token().equals(HostileRequests.FORGED_TOKEN);
        if (anonymous && !request.operation().open() && status != 401) {
            return "answered " + status + " without a valid token";
        }
        List<String> roles = anonymous ? List.of() : request.caller().roles();
        if (!anonymous && request.operation().refusesAllOf(roles) && status != 403 && !ROUTING.contains(status)) {
            return "answered " + status + " to roles " + roles + " it does not admit (only "
                    + request.operation().roles() + "): must be 403 whatever was sent " + abbreviate(response.body());
        }
        if (status < 400 || request.operation().answersPage() && type.startsWith("text/html")) {
            return null;
        }
        if (!type.startsWith("application/problem+json")) {
            return status + " is not a problem but " + type + ": " + abbreviate(response.body());
        }
        JsonNode problem = Api.JSON.readTree(response.body());
        if (problem.path("code").asString("").isBlank()) {
            return status + " problem without a code: " + abbreviate(response.body());
        }
        if (problem.path("status").asInt() != status) {
            return status + " problem says status " + problem.path("status");
        }
        List<String> texts = new ArrayList<>(List.of(problem.path("title").asString("")));
        if (problem.has("detail")) {
            texts.add(problem.path("detail").asString(""));
        }
        problem.path("errors").forEach(error -> texts.add(error.path("message").asString("")));
        for (String text : texts) {
            if (!VIETNAMESE_LETTER.matcher(text).find()) {
                return status + " problem text not in Vietnamese without Accept-Language: '" + text + "' in "
                        + abbreviate(response.body());
            }
        }
        return null;
    }

    private HttpResponse<String> send(HostileRequests.Request request) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(
                        URI.create(stack.serviceUrl(request.operation().service()) + request.pathAndQuery()))
                .timeout(Duration.ofSeconds(30))
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        if (request.caller().token() != null) {
            builder.header("Authorization", "Bearer " + request.caller().token());
        }
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        request.headers().forEach(builder::header);
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
