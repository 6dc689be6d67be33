package vn.tdkt.reporting.statistics.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A row's or column's condition on facts, as written in {@code statistics/forms.yml}: each attribute must have one
 * of the listed values ({@code {group: BANG_KHEN}} or {@code {group: [BANG_KHEN, CO_THI_DUA]}}); empty matches all.
 */
public record Filter(Map<String, List<String>> conditions) {

    public static final Filter ALL = new Filter(Map.of());

    public Filter {
        conditions = conditions == null ? Map.of() : Map.copyOf(conditions);
    }

    /** From the data file's shape: values are a string, a boolean or a list of them. */
    public static Filter of(Map<String, Object> raw) {
        if (raw == null || raw.isEmpty()) {
            return ALL;
        }
        Map<String, List<String>> conditions = new LinkedHashMap<>();
        raw.forEach((key, value) -> conditions.put(key, value instanceof List<?> list
                ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(value))));
        return new Filter(conditions);
    }

    public boolean matches(Fact fact) {
        for (Map.Entry<String, List<String>> condition : conditions.entrySet()) {
            String value = fact.attributes().get(condition.getKey());
            if (value == null || !condition.getValue().contains(value)) {
                return false;
            }
        }
        return true;
    }
}
