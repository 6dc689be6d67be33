package vn.tdkt.e2e;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * The id of one existing record per documented list, read from the list itself: so that an operation on
 * {@code /api/v1/dossiers/{id}/submit} can be called on a dossier that is really there, not only on one that is not.
 */
final class RecordIds {

    /** By {@code service path}: the id ({@code id}, else {@code code}) of the first item the list answered. */
    private final Map<String, String> byList = new TreeMap<>();

    /**
     * Reads the first page of every list the document names, as a reader who may read everything: first each
     * {@code GET} without path parameters, then each one under a record read so
     * ({@code /api/v1/movements/{movementId}/registrations}), whose answer is an array or a page of items that carry
     * an id.
     */
    void readLists(String service, JsonNode apiDocs, Api reader) {
        List<DocumentedOperation> lists = DocumentedOperation.readAll(service, apiDocs).stream()
                .filter(operation -> operation.method().equals("GET") && operation.pathParameters().size() <= 1
                        && !operation.streams() && !operation.answersPage())
                .toList();
        for (DocumentedOperation list : lists) {
            if (list.pathParameters().isEmpty()) {
                firstId(reader, list.path()).ifPresent(id -> byList.put(key(service, list.path()), id));
            }
        }
        for (DocumentedOperation list : lists) {
            if (list.pathParameters().size() == 1 && !list.path().endsWith("}")) {
                of(list).flatMap(parent -> firstId(reader,
                                list.path().replace("{" + list.pathParameters().get(0) + "}", parent)))
                        .ifPresent(id -> byList.putIfAbsent(key(service, lastSegment(list.path())), id));
            }
        }
    }

    /**
     * Names the record for the operations under {@code listPath} ({@code /api/v1/funds} for
     * {@code PUT /api/v1/funds/{year}}) where no list shows one.
     */
    void name(String service, String listPath, String id) {
        byList.put(key(service, listPath), id);
    }

    /**
     * An existing record for the operation's first path parameter: the first item of the list its path begins with
     * ({@code /api/v1/dossiers} for {@code /api/v1/dossiers/{id}/submit}), or of a list under another record that
     * ends with the same name ({@code …/registrations} for {@code /api/v1/registrations/{id}/approve}); empty when
     * there is none.
     */
    Optional<String> of(DocumentedOperation operation) {
        int brace = operation.path().indexOf("/{");
        if (brace < 0) {
            return Optional.empty();
        }
        String prefix = operation.path().substring(0, brace);
        return Optional.ofNullable(byList.getOrDefault(key(operation.service(), prefix),
                byList.get(key(operation.service(), lastSegment(prefix)))));
    }

    private static Optional<String> firstId(Api reader, String path) {
        Api.Response list = reader.get(path + "?size=5");
        if (list.status() != 200 || list.body() == null) {
            return Optional.empty();
        }
        JsonNode items = list.body().isArray() ? list.body() : list.body().path("items");
        for (JsonNode item : items) {
            String id = item.path("id").asString(item.path("code").asString(""));
            if (!id.isBlank()) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    private static String key(String service, String path) {
        return service + " " + path;
    }

    /** {@code …/registrations} for {@code /api/v1/movements/{movementId}/registrations}. */
    private static String lastSegment(String path) {
        return "…" + path.substring(path.lastIndexOf('/'));
    }

    int lists() {
        return byList.size();
    }

    @Override
    public String toString() {
        return byList.toString();
    }
}
