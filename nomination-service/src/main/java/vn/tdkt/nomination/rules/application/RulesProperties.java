package vn.tdkt.nomination.rules.application;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tdkt.rules.*}: which province's parameters apply to the rule sets.
 *
 * @param province   a profile under {@code rules/provinces/} (e.g. {@code bac-ninh}); {@code default}: the bundled
 *                   values
 * @param parameters single values on top of the profile, by rule id and parameter name, as text
 *                   ({@code tdkt.rules.parameters[R-TTTT-01].minLdttShare=0.75}; a list as {@code A,B,C})
 */
@ConfigurationProperties("tdkt.rules")
public record RulesProperties(String province, Map<String, Map<String, String>> parameters) {

    public RulesProperties {
        province = province == null || province.isBlank() ? "default" : province;
        parameters = parameters == null ? Map.of() : new LinkedHashMap<>(parameters);
    }
}
