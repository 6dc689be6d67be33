package vn.tdkt.notification.notice.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A template model under construction: null values are left out, lists are never null. */
final class Model {

    private final Map<String, Object> values = new LinkedHashMap<>();

    static Model of(String key, Object value) {
        return new Model().put(key, value);
    }

    Model put(String key, Object value) {
        if (value instanceof Collection<?> collection) {
            values.put(key, List.copyOf(collection));
        } else if (value != null) {
            values.put(key, value);
        }
        return this;
    }

    /**
     * A value that may be missing, plus its flag: {@code has<Key>} is true when the value is present (for
     * {@code {{#hasX}}} sections). A missing value is written as "" so that a template that forgot the section still
     * renders.
     */
    Model optional(String key, Object value) {
        values.put(key, value == null ? "" : value instanceof Collection<?> c ? List.copyOf(c) : value);
        values.put("has" + Character.toUpperCase(key.charAt(0)) + key.substring(1),
                value != null && !(value instanceof String text && text.isBlank())
                        && !(value instanceof Collection<?> collection && collection.isEmpty()));
        return this;
    }

    Map<String, Object> build() {
        return Map.copyOf(values);
    }
}
