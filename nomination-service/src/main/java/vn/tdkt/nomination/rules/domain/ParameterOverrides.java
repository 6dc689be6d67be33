package vn.tdkt.nomination.rules.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A province's values for rule parameters: from its profile file ({@code rules/provinces/<province>.yaml}) and from
 * configuration ({@code tdkt.rules.parameters[<rule id>].<name>}, applied last). Values from configuration arrive as
 * text and take the type of the bundled value ({@code 0.75}, {@code true}, {@code A,B,C} for a list).
 *
 * @param province the profile's name, {@code default} for the bundled values
 * @param values   rule id → parameter name → value
 */
public record ParameterOverrides(String province, Map<String, Map<String, Object>> values) {

    public static final ParameterOverrides NONE = new ParameterOverrides("default", Map.of());

    public ParameterOverrides {
        province = province == null || province.isBlank() ? "default" : province;
        Map<String, Map<String, Object>> copy = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((rule, params) -> copy.put(rule, new LinkedHashMap<>(params)));
        }
        values = copy;
    }

    /** These overrides with {@code later} applied on top. */
    public ParameterOverrides then(Map<String, ? extends Map<String, ?>> later) {
        Map<String, Map<String, Object>> merged = new LinkedHashMap<>(values);
        later.forEach((rule, params) -> {
            Map<String, Object> target = new LinkedHashMap<>(merged.getOrDefault(rule, Map.of()));
            target.putAll(params);
            merged.put(rule, target);
        });
        return new ParameterOverrides(province, merged);
    }
}
