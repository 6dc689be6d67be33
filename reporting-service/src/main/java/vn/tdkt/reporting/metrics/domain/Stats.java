package vn.tdkt.reporting.metrics.domain;

import java.util.List;

/**
 * Median and 90th percentile of lead times in days (nearest-rank percentile; the median of an even count is the
 * mean of the two middle values), rounded to tenths.
 */
public record Stats(int count, double median, double p90, double max) {

    public static Stats of(List<Double> days) {
        if (days.isEmpty()) {
            return new Stats(0, 0, 0, 0);
        }
        List<Double> sorted = days.stream().sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        double p90 = sorted.get((int) Math.ceil(0.9 * n) - 1);
        return new Stats(n, tenths(median), tenths(p90), tenths(sorted.get(n - 1)));
    }

    static double tenths(double value) {
        return Math.round(value * 10.0) / 10.0;
    }
}
