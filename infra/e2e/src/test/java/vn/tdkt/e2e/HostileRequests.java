package vn.tdkt.e2e;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The careless and hostile requests a documented operation is sent: no token or a forged one, path ids and query
 * values that cannot be right, and bodies that are broken, of the wrong shape, of wrong types, too large, in another
 * media type, or guarded by a malformed {@code If-Match}. None is a valid request, so none may change anything.
 * {@link #onRecord} sends those that must be refused even on a record that exists, and a stale {@code If-Match}.
 */
final class HostileRequests {

    /** A caller: a name for the report and its bearer token (null: none is sent). */
    record Caller(String name, String token) {

        /** The roles its token's {@code roles} claim names; none without a token or with one that is not a JWT. */
        List<String> roles() {
            String[] parts = token == null ? new String[0] : token.split("\\.");
            if (parts.length < 2) {
                return List.of();
            }
            JsonNode claims = Api.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            List<String> roles = new ArrayList<>();
            claims.path("roles").forEach(role -> roles.add(role.asString()));
            return roles;
        }
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
    private static final List<Object> ODD_VALUES = List.of(12345, List.of(1, 2), Map.of("a", 1), true,
            "x".repeat(5000), "2026-13-45", -1);
    /**
     * By the documented type: a value no JSON mapper turns into it (an object is never text, an array never a number,
     * a lone string never a list, a number never an object).
     */
    private static final Map<String, Object> WRONG_VALUE_BY_TYPE = Map.of(
            "string", Map.of("a", 1),
            "integer", List.of(1, 2),
            "number", List.of(1, 2),
            "boolean", List.of(1, 2),
            "array", "x",
            "object", 12345);
    /** A version no record has reached: the change must answer 412 and leave the record as it is. */
    private static final String STALE_VERSION = "\"999999\"";

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
        bodies.put("odd values", Api.JSON.writeValueAsBytes(oddValues(operation.bodySchema())));
        wrongTypes(operation.bodySchema()).ifPresent(body -> bodies.put("wrong types", body));
        bodies.put("200 KB", utf8("{\"a\":\"" + "y".repeat(200_000) + "\"}"));
        return bodies;
    }

    /**
     * Requests that must be refused even on a record that exists, whose id stands in the first path parameter:
     * impossible query values; for a change, bodies no documented schema can accept (broken, an array for an object,
     * every property of a wrong type, XML; no body or {@code null} where one is required, {@code {}} where properties
     * are), and a malformed or stale {@code If-Match} where the operation documents one. Bodies a lenient schema may
     * rightly accept are not sent, nor a body to an operation that takes none: it would rightly be ignored.
     */
    List<Request> onRecord(DocumentedOperation operation, String id, List<Caller> callers) {
        List<Request> requests = new ArrayList<>();
        String recordPath = path(operation, id, "nope");
        for (Caller caller : callers) {
            if (!operation.queryParameters().isEmpty()) {
                for (String value : QUERY_VALUES) {
                    requests.add(bare(operation, "record, query " + value,
                            recordPath + "?" + query(operation, value), caller));
                }
            }
            if (!operation.changesState()) {
                continue;
            }
            if ("application/json".equals(operation.bodyType())) {
                recordBodies(operation).forEach((label, body) -> requests.add(new Request(operation,
                        "record, body " + label, operation.method(), recordPath, caller, "application/json", body,
                        Map.of())));
                requests.add(new Request(operation, "record, xml body", operation.method(), recordPath, caller,
                        "application/xml", utf8("<dossier/>"), Map.of()));
            }
            if (operation.guardedByVersion()) {
                requests.add(new Request(operation, "record, malformed If-Match", operation.method(), recordPath,
                        caller, null, null, Map.of("If-Match", "W/\"zz")));
                if (!operation.bodyRequired()) {
                    requests.add(new Request(operation, "record, stale If-Match", operation.method(), recordPath,
                            caller, null, null, Map.of("If-Match", STALE_VERSION)));
                }
            }
        }
        return requests;
    }

    private Map<String, byte[]> recordBodies(DocumentedOperation operation) {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("broken JSON", utf8("{\"a\":"));
        JsonNode schema = resolve(operation.bodySchema());
        if (!schema.path("type").asString("object").equals("array")) {
            bodies.put("array", utf8("[]"));
        }
        wrongTypes(operation.bodySchema()).ifPresent(body -> bodies.put("wrong types", body));
        if (operation.bodyRequired()) {
            bodies.put("empty", new byte[0]);
            bodies.put("null", utf8("null"));
        }
        if (!schema.path("required").isEmpty()) {
            bodies.put("empty object", utf8("{}"));
        }
        return bodies;
    }

    /**
     * Every property the schema names, each given the next of {@link #ODD_VALUES} (most of another type, some only
     * odd); a schema without properties: one unexpected property.
     */
    private Map<String, Object> oddValues(JsonNode schema) {
        JsonNode properties = resolve(schema).path("properties");
        Map<String, Object> body = new LinkedHashMap<>();
        int i = 0;
        for (String name : properties.propertyNames()) {
            body.put(name, ODD_VALUES.get(i++ % ODD_VALUES.size()));
        }
        if (body.isEmpty()) {
            body.put("unexpected", ODD_VALUES.get(0));
        }
        return body;
    }

    /**
     * Every property the schema names, each given a value its documented type can never take; empty when the schema
     * names no property, or one whose type it does not say.
     */
    private Optional<byte[]> wrongTypes(JsonNode schema) {
        JsonNode properties = resolve(schema).path("properties");
        Map<String, Object> body = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            JsonNode type = resolve(property.getValue()).path("type");
            Object wrong = WRONG_VALUE_BY_TYPE.get(type.asString(""));
            if (wrong == null) {
                return Optional.empty();
            }
            body.put(property.getKey(), wrong);
        }
        return body.isEmpty() ? Optional.empty() : Optional.of(Api.JSON.writeValueAsBytes(body));
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
        return path(operation, value, value);
    }

    /** The path with {@code first} in its first parameter and {@code others} in the rest. */
    private static String path(DocumentedOperation operation, String first, String others) {
        String path = operation.path();
        for (String name : operation.pathParameters()) {
            String value = name.equals(operation.pathParameters().get(0)) ? first : others;
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
