package vn.tdkt.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One operation as a service's own OpenAPI document states it: what a client can call, with which parameters and
 * body, whether it needs a token, and whether it answers a page rather than JSON.
 *
 * @param service        the service that documents it ({@code plan-service}, …)
 * @param method         the HTTP method, upper case
 * @param path           the path template, e.g. {@code /api/v1/dossiers/{id}}
 * @param pathParameters the names in the template's braces
 * @param queryParameters the names of its query parameters
 * @param headerParameters the names of the headers it documents ({@code If-Match}, {@code Idempotency-Key})
 * @param bodyType       the first media type its request body takes, or null when it takes none
 * @param bodySchema     that body's schema with every {@code $ref} left as it is, or null
 * @param bodyRequired   its request body is documented as required
 * @param open           documented with {@code security: []}: callable without a token
 * @param answersPage    documents a {@code text/html} answer: a page for browsers, whose errors are pages too
 * @param streams        documents a {@code text/event-stream} answer: it never ends, so it is not walked
 * @param roles          the roles it documents as admitted ({@code x-roles}), or null where it documents none
 * @param documents403   it documents a 403 answer: some valid token may be refused
 */
record DocumentedOperation(String service, String method, String path, List<String> pathParameters,
        List<String> queryParameters, List<String> headerParameters, String bodyType, JsonNode bodySchema,
        boolean bodyRequired, boolean open, boolean answersPage, boolean streams, List<String> roles,
        boolean documents403) {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    /** Every operation of {@code apiDocs} ({@code /v3/api-docs}), in the document's order. */
    static List<DocumentedOperation> readAll(String service, JsonNode apiDocs) {
        List<DocumentedOperation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : apiDocs.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (!operation.isMissingNode()) {
                    operations.add(of(service, method.toUpperCase(), path.getKey(), operation));
                }
            }
        }
        return operations;
    }

    boolean changesState() {
        return !method.equals("GET");
    }

    /** It documents an {@code If-Match} header: it guards the change by the record's version. */
    boolean guardedByVersion() {
        return headerParameters.contains("If-Match");
    }

    /** It documents the roles it admits, and none of {@code callerRoles} is among them. */
    boolean refusesAllOf(List<String> callerRoles) {
        return roles != null && callerRoles.stream().noneMatch(roles::contains);
    }

    @Override
    public String toString() {
        return service + " " + method + " " + path;
    }

    private static DocumentedOperation of(String service, String method, String path, JsonNode operation) {
        List<String> inPath = new ArrayList<>();
        List<String> inQuery = new ArrayList<>();
        List<String> inHeader = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String in = parameter.path("in").asString();
            if (in.equals("path")) {
                inPath.add(parameter.path("name").asString());
            } else if (in.equals("query")) {
                inQuery.add(parameter.path("name").asString());
            } else if (in.equals("header")) {
                inHeader.add(parameter.path("name").asString());
            }
        }
        String bodyType = null;
        JsonNode bodySchema = null;
        for (Map.Entry<String, JsonNode> content : operation.path("requestBody").path("content").properties()) {
            bodyType = content.getKey();
            bodySchema = content.getValue().path("schema");
            break;
        }
        boolean open = operation.has("security") && operation.path("security").isEmpty();
        List<String> roles = null;
        if (operation.has("x-roles")) {
            roles = new ArrayList<>();
            for (JsonNode role : operation.path("x-roles")) {
                roles.add(role.asString());
            }
        }
        return new DocumentedOperation(service, method, path, List.copyOf(inPath), List.copyOf(inQuery),
                List.copyOf(inHeader), bodyType, bodySchema, operation.path("requestBody").path("required").asBoolean(),
                open, answersIn(operation, "text/html"), answersIn(operation, "text/event-stream"),
                roles == null ? null : List.copyOf(roles), operation.path("responses").has("403"));
    }

    /** Whether one of the operation's documented responses has content of {@code mediaType}. */
    private static boolean answersIn(JsonNode operation, String mediaType) {
        for (JsonNode response : operation.path("responses")) {
            if (response.path("content").has(mediaType)) {
                return true;
            }
        }
        return false;
    }
}
