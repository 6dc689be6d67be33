package vn.tdkt.deploy;

import java.util.List;
import java.util.Map;

/** RFC 6902 {@code add}, {@code replace} and {@code remove} on a parsed manifest (JSON pointers, list indexes, "-"). */
final class JsonPatch {

    private JsonPatch() {
    }

    static void apply(Map<String, Object> document, List<Object> operations) {
        for (Object raw : operations) {
            Map<String, Object> operation = Yamls.map(raw);
            String op = String.valueOf(operation.get("op"));
            String[] tokens = String.valueOf(operation.get("path")).substring(1).split("/");
            Object parent = document;
            for (int i = 0; i < tokens.length - 1; i++) {
                parent = child(parent, unescape(tokens[i]), operation);
            }
            String last = unescape(tokens[tokens.length - 1]);
            Object value = Kustomize.copy(operation.get("value"));
            switch (op) {
                case "add", "replace" -> set(parent, last, value, op.equals("add"), operation);
                case "remove" -> remove(parent, last, operation);
                default -> throw new IllegalStateException("unsupported JSON patch operation " + operation);
            }
        }
    }

    private static Object child(Object parent, String token, Map<String, Object> operation) {
        Object child = parent instanceof List<?> list ? list.get(index(list, token, operation))
                : parent instanceof Map<?, ?> map ? map.get(token) : null;
        if (child == null) {
            throw new IllegalStateException("JSON patch path does not exist: " + operation);
        }
        return child;
    }

    private static void set(Object parent, String token, Object value, boolean add, Map<String, Object> operation) {
        if (parent instanceof List<?>) {
            List<Object> list = Yamls.list(parent);
            if (add && token.equals("-")) {
                list.add(value);
            } else if (add) {
                list.add(index(list, token, operation), value);
            } else {
                list.set(index(list, token, operation), value);
            }
        } else {
            Map<String, Object> map = Yamls.map(parent);
            if (!add && !map.containsKey(token)) {
                throw new IllegalStateException("JSON patch replaces a missing value: " + operation);
            }
            map.put(token, value);
        }
    }

    private static void remove(Object parent, String token, Map<String, Object> operation) {
        if (parent instanceof List<?> list) {
            Yamls.list(list).remove(index(list, token, operation));
        } else if (Yamls.map(parent).remove(token) == null) {
            throw new IllegalStateException("JSON patch removes a missing value: " + operation);
        }
    }

    private static int index(List<?> list, String token, Map<String, Object> operation) {
        int index = Integer.parseInt(token);
        if (index < 0 || index >= list.size()) {
            throw new IllegalStateException("JSON patch index out of range: " + operation);
        }
        return index;
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}
