package vn.tdkt.e2e.faults;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdkt.e2e.Api;

/** Reads samples from a service's {@code /actuator/prometheus} text (the endpoint needs a token). */
final class Prometheus {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private Prometheus() {
    }

    /** The scrape, or null when the instance does not answer (down, restarting). */
    static String scrape(Api instance) {
        try {
            Api.Response response = instance.get("/actuator/prometheus");
            return response.status() == 200 ? response.raw() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The sum of the samples of {@code metric} whose labels include {@code labels}; 0 when there are none. */
    static double sum(String scrape, String metric, Map<String, String> labels) {
        double total = 0;
        for (String line : scrape.split("\n")) {
            if (line.startsWith("#") || !line.startsWith(metric)) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            if (!sample.find() || !sample.group(1).equals(metric)) {
                continue;
            }
            if (labelsOf(sample.group(3)).entrySet().containsAll(labels.entrySet())) {
                total += Double.parseDouble(sample.group(4));
            }
        }
        return total;
    }

    /** The sum of the samples of {@code metric} whose labels satisfy {@code labels}. */
    static double sumWhere(String scrape, String metric, java.util.function.Predicate<Map<String, String>> labels) {
        double total = 0;
        for (String line : scrape.split("\n")) {
            if (line.startsWith("#") || !line.startsWith(metric)) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            if (sample.find() && sample.group(1).equals(metric) && labels.test(labelsOf(sample.group(3)))) {
                total += Double.parseDouble(sample.group(4));
            }
        }
        return total;
    }

    /** Whether the scrape has at least one sample of {@code metric}. */
    static boolean has(String scrape, String metric) {
        for (String line : scrape.split("\n")) {
            if (line.startsWith(metric + "{") || line.startsWith(metric + " ")) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> labelsOf(String text) {
        Map<String, String> labels = new HashMap<>();
        if (text != null) {
            Matcher label = LABEL.matcher(text);
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
        }
        return labels;
    }
}
