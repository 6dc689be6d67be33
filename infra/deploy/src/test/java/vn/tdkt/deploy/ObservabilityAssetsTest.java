package vn.tdkt.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Grafana dashboard and the alert rules use only metrics that are listed in observability/metrics.yaml with
 * their source, and those the code registers really are registered, under the name Micrometer gives them.
 */
class ObservabilityAssetsTest {

    private static final Path OBSERVABILITY = Path.of("infra/deploy/observability");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    /** PromQL words that are not metrics: functions are recognised by their "(", these are the rest. */
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "and", "or", "unless", "bool", "offset", "le", "inf", "nan");

    @Test
    void theDashboardIsValidJsonWithQueriesInEveryPanel() {
        JsonNode dashboard = dashboard();
        assertThat(dashboard.path("title").asString()).isNotBlank();
        assertThat(dashboard.path("uid").asString()).isNotBlank();
        assertThat(dashboard.path("panels").size()).isGreaterThanOrEqualTo(6);
        for (JsonNode panel : dashboard.path("panels")) {
            assertThat(panel.path("targets").size()).as("queries of panel %s", panel.path("title")).isPositive();
        }
    }

    @Test
    void theDashboardShowsWhatOperatorsWatch() {
        Set<String> used = metricsIn(dashboardQueries());
        assertThat(used).contains("tdkt_outbox_backlog", "tdkt_outbox_oldest_age_seconds",
                "kafka_consumer_fetch_manager_records_lag_max", "kafka_topic_partition_current_offset",
                "http_server_requests_seconds_bucket", "tdkt_dossier_sla_breached_total");
    }

    @Test
    void theAlertRulesCoverTheOutboxLagDeadLettersAndSlaBreaches() {
        List<Map<String, Object>> rules = rules();
        Set<String> used = metricsIn(rules.stream().map(r -> String.valueOf(r.get("expr"))).toList());
        assertThat(used).contains("tdkt_outbox_oldest_age_seconds", "kafka_consumer_fetch_manager_records_lag_max",
                "kafka_topic_partition_current_offset", "tdkt_dossier_sla_breached_total");
        for (Map<String, Object> rule : rules) {
            assertThat(rule.get("alert")).as("rule %s", rule).isNotNull();
            assertThat(Yamls.stringAt(rule, "labels.severity")).as("severity of %s", rule.get("alert")).isIn("critical", "warning", "info");
            assertThat(Yamls.stringAt(rule, "annotations.summary")).as("summary of %s", rule.get("alert")).isNotBlank();
        }
    }

    @Test
    void everyMetricUsedIsListedWithItsSource() {
        List<String> queries = new ArrayList<>(dashboardQueries());
        rules().forEach(r -> queries.add(String.valueOf(r.get("expr"))));
        Map<String, Object> listed = catalogue();

        assertThat(listed.keySet()).as("metrics used by the dashboard and the rules, listed in metrics.yaml")
                .containsAll(metricsIn(queries));
        listed.forEach((name, entry) -> assertThat(Yamls.stringAt(entry, "source")).as("source of %s", name)
                .isIn("code", "framework", "exporter", "prometheus", "expected"));
    }

    @Test
    void metricsFromTheCodeAreRegisteredUnderThatName() {
        catalogue().forEach((name, raw) -> {
            Map<String, Object> entry = Yamls.map(raw);
            if (!"code".equals(entry.get("source"))) {
                return;
            }
            String meter = String.valueOf(entry.get("meter"));
            assertThat(Repo.text(Repo.root().resolve(String.valueOf(entry.get("file")))))
                    .as("%s registers %s", entry.get("file"), meter).contains("\"" + meter + "\"");
            assertThat(name).as("Prometheus name of meter %s", meter).isEqualTo(prometheusName(entry));
        });
    }

    @Test
    void expectedMetricsAreNamedInTheReadme() {
        String readme = Repo.text(Repo.root().resolve(DocumentedSecrets.README));
        catalogue().forEach((name, entry) -> {
            if ("expected".equals(Yamls.stringAt(entry, "source"))) {
                assertThat(readme).as("README states that %s is still expected", name).contains(name);
            }
        });
    }

    @Test
    void metricNamesAreFoundInQueries() {
        assertThat(metricsIn(List.of("histogram_quantile(0.99, sum by (le, application) (rate(http_server_requests_seconds_bucket{uri!~\"/act.*\", x=\"a b\"}[5m])))"
                + " / on(pod) group_left up offset 5m > bool 2e3")))
                .containsExactlyInAnyOrder("http_server_requests_seconds_bucket", "up");
    }

    /** Micrometer's Prometheus naming: dots to underscores, the base unit appended, "_total" for counters. */
    private static String prometheusName(Map<String, Object> entry) {
        String name = String.valueOf(entry.get("meter")).replace('.', '_');
        if (entry.get("baseUnit") != null) {
            name += "_" + entry.get("baseUnit");
        }
        return "counter".equals(entry.get("type")) ? name + "_total" : name;
    }

    static Set<String> metricsIn(List<String> queries) {
        Set<String> metrics = new TreeSet<>();
        for (String query : queries) {
            String q = query.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"")   // string literals
                    .replaceAll("\\{[^}]*}", " ")                          // label matchers
                    .replaceAll("\\[[^]]*]", " ")                          // range selectors
                    .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ")
                    .replaceAll("\\b\\d+(\\.\\d+)?([eE][+-]?\\d+)?[smhdwy]?\\b", " ");
            Matcher m = IDENTIFIER.matcher(q);
            while (m.find()) {
                String word = m.group();
                boolean function = q.substring(m.end()).stripLeading().startsWith("(");
                if (!function && !KEYWORDS.contains(word.toLowerCase())) {
                    metrics.add(word);
                }
            }
        }
        return metrics;
    }

    private static JsonNode dashboard() {
        return JsonMapper.builder().build().readTree(
                Repo.text(Repo.root().resolve(OBSERVABILITY).resolve("tdkt-dashboard.json")));
    }

    private static List<String> dashboardQueries() {
        List<String> queries = new ArrayList<>();
        for (JsonNode panel : dashboard().path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                queries.add(target.path("expr").asString());
            }
        }
        for (JsonNode variable : dashboard().path("templating").path("list")) {
            String definition = variable.path("definition").asString("");
            Matcher m = Pattern.compile("label_values\\((\\w+)").matcher(definition);
            if (m.find()) {
                queries.add(m.group(1));
            }
        }
        return queries;
    }

    private static List<Map<String, Object>> rules() {
        Object file = Yamls.load(Repo.root().resolve(OBSERVABILITY).resolve("prometheus-rules.yaml"));
        assertThat(Yamls.stringAt(file, "kind")).isEqualTo("PrometheusRule");
        List<Map<String, Object>> rules = new ArrayList<>();
        Yamls.listAt(file, "spec.groups").forEach(g -> Yamls.listAt(g, "rules").forEach(r -> rules.add(Yamls.map(r))));
        return rules;
    }

    private static Map<String, Object> catalogue() {
        return Yamls.mapAt(Yamls.load(Repo.root().resolve(OBSERVABILITY).resolve("metrics.yaml")), "metrics");
    }
}
