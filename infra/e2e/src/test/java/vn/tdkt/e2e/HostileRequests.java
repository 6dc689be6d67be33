package vn.tdkt.e2e;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The careless and hostile requests a documented operation is sent: no token or a forged one, path ids and query
 * values that cannot be right, and bodies that are broken, of the wrong shape, of wrong types, too large, in another
 * media type, or guarded by a malformed {@code If-Match}. None is a valid request, so none may change anything.
 */
final class HostileRequests {

    /** A caller: a name for the report and its bearer token (null: none is sent). */
    record Caller(String name, String token) {
    }

    /** One request to send. {@code body} is null for none. */
    record Request(DocumentedOperation operation, String label, String method, String pathAndQuery, Caller caller,
            String contentType, byte[] body, Map<String, String> headers) {

        @Override
        public String toString() {
            return operation + " as " + caller.name() + " (" + label + ")";
        }
    }

    /** Not a JWT this platform's issuer signed: its header says {@code alg: none}. */
    static final String FORGED_TOKEN = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJzbnYiLCJzY29wZSI6ImFkbWluIn0.";

    private static final List<String> PATH_VALUES = List.of("nope", "x".repeat(3000), "Đơn vị '\"$ne{}");
    private static final List<String> QUERY_VALUES = List.of("Đơn vị '\"$ne{}", "99999999999999999999",
            "2026-13-45");
    /** Cycled over a body's properties: each of them the wrong type for most fields. */
    private static final List<Object> WRONG_VALUES = List.of(12345, List.of(1, 2), Map.of("a", 1), true,
            "x".repeat(5000), "2026-13-45", -1);

    private final JsonNode schemas;

    /** @param apiDocs the service's OpenAPI document, whose {@code components.schemas} bodies refer to */
    HostileRequests(JsonNode apiDocs) {
        this.schemas = apiDocs.path("components").path("schemas");
    }

    List<Request> of(DocumentedOperation operation, List<Caller> callers) {
        List<Request> requests = new ArrayList<>();
        String somePath = path(operation, "nope");
        if (!operation.open()) {
            requests.add(bare(operation, "no token", somePath, new Caller("nobody", null)));
            requests.add(bare(operation, "forged token", somePath, new Caller("forger", FORGED_TOKEN)));
        }
        for (Caller caller : callers) {
            if (!operation.pathParameters().isEmpty()) {
                for (String value : PATH_VALUES) {
                    requests.add(bare(operation, "path " + abbreviate(value), path(operation, value), caller));
                }
            }
            if (!operation.queryParameters().isEmpty()) {
                for (String value : QUERY_VALUES) {
                    requests.add(bare(operation, "query " + value, somePath + "?" + query(operation, value), caller));
                }
            }
            if (operation.changesState()) {
                bodies(operation).forEach((label, body) -> requests.add(new Request(operation, "body " + label,
                        operation.method(), somePath, caller, "application/json", body, Map.of())));
                requests.add(new Request(operation, "xml body", operation.method(), somePath, caller,
                        "application/xml", "<dossier/>".getBytes(StandardCharsets.UTF_8), Map.of()));
                requests.add(new Request(operation, "malformed If-Match", operation.method(), somePath, caller,
                        "application/json", "{}".getBytes(StandardCharsets.UTF_8), Map.of("If-Match", "W/\"zz")));
            }
        }
        return requests;
    }

    private Map<String, byte[]> bodies(DocumentedOperation operation) {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("broken JSON", utf8("{\"a\":"));
        bodies.put("empty", new byte[0]);
        bodies.put("null", utf8("null"));
        bodies.put("array", utf8("[]"));
        bodies.put("empty object", utf8("{}"));
        bodies.put("wrong types", Api.JSON.writeValueAsBytes(wrongTypes(operation.bodySchema())));
        bodies.put("200 KB", utf8("{\"a\":\"" + "y".repeat(200_000) + "\"}"));
        return bodies;
    }

    /** Every property the schema names, each given a value of another type; a schema without properties: one. */
    private Map<String, Object> wrongTypes(JsonNode schema) {
        JsonNode properties = resolve(schema).path("properties");
        Map<String, Object> body = new LinkedHashMap<>();
        int i = 0;
        for (String name : properties.propertyNames()) {
            body.put(name, WRONG_VALUES.get(i++ % WRONG_VALUES.size()));
        }
        if (body.isEmpty()) {
            body.put("unexpected", WRONG_VALUES.get(0));
        }
        return body;
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema == null) {
            return Api.JSON.createObjectNode();
        }
        String ref = schema.path("$ref").asString("");
        return ref.isEmpty() ? schema : schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static Request bare(DocumentedOperation operation, String label, String pathAndQuery, Caller caller) {
        return new Request(operation, label, operation.method(), pathAndQuery, caller, null, null, Map.of());
    }

    private static String path(DocumentedOperation operation, String value) {
        String path = operation.path();
        for (String name : operation.pathParameters()) {
            path = path.replace("{" + name + "}", URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return path;
    }

    private static String query(DocumentedOperation operation, String value) {
        String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
        return operation.queryParameters().stream().map(name -> name + "=" + encoded).collect(Collectors.joining("&"));
    }

    private static String abbreviate(String value) {
        return value.length() > 20 ? value.substring(0, 8) + "…(" + value.length() + ")" : value;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
