package vn.tdkt.deploy;

import java.util.List;
import java.util.Map;

/**
 * The part of Kubernetes' strategic merge patch these overlays use: maps merge key by key, a null value removes the
 * key, and lists whose items all carry a {@code name} (containers, env, volumes, ports) merge item by item on it;
 * other lists are replaced.
 */
final class StrategicMerge {

    private StrategicMerge() {
    }

    static void merge(Map<String, Object> target, Map<String, Object> patch) {
        for (Map.Entry<String, Object> entry : patch.entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            Object existing = target.get(key);
            if (value == null) {
                target.remove(key);
            } else if (value instanceof Map<?, ?> && existing instanceof Map<?, ?>) {
                merge(Yamls.map(existing), Yamls.map(value));
            } else if (value instanceof List<?> patchItems && existing instanceof List<?> items
                    && keyedByName(patchItems) && keyedByName(items)) {
                mergeByName(Yamls.list(existing), Yamls.list(value));
            } else {
                target.put(key, Kustomize.copy(value));
            }
        }
    }

    private static void mergeByName(List<Object> items, List<Object> patchItems) {
        for (Object patchItem : patchItems) {
            Object name = Yamls.map(patchItem).get("name");
            Map<String, Object> match = items.stream().map(Yamls::map)
                    .filter(item -> name.equals(item.get("name"))).findFirst().orElse(null);
            if (match == null) {
                items.add(Kustomize.copy(patchItem));
            } else {
                merge(match, Yamls.map(patchItem));
            }
        }
    }

    private static boolean keyedByName(List<?> items) {
        return !items.isEmpty() && items.stream().allMatch(i -> i instanceof Map<?, ?> m && m.get("name") != null);
    }
}
