package vn.tdkt.reporting.metrics.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lead times per step, overall, per unit and per award form; and the bottleneck of the dossier path: the step with
 * the longest median (ties: the longer 90th percentile), with its share of the path's median total.
 */
public final class ProcessMetrics {

    /** Stats of one group (a unit or an award form) on one step. */
    public record Group(String key, Stats stats) {
    }

    public record StepMetrics(Step step, String label, Stats overall, List<Group> byUnit, List<Group> byForm) {
    }

    /** @param share the step's median over the sum of the dossier steps' medians (0–1) */
    public record Bottleneck(Step step, String label, double median, double p90, double share) {
    }

    public record Result(List<StepMetrics> steps, Bottleneck bottleneck) {
    }

    private ProcessMetrics() {
    }

    public static Result compute(List<Sample> samples) {
        List<StepMetrics> steps = new ArrayList<>();
        for (Step step : Step.values()) {
            List<Sample> ofStep = samples.stream().filter(s -> s.step() == step).toList();
            steps.add(new StepMetrics(step, step.label(), stats(ofStep),
                    groups(ofStep, Sample::unit), groups(ofStep, Sample::form)));
        }
        List<StepMetrics> dossierSteps = steps.stream()
                .filter(s -> s.step().dossierStep() && s.overall().count() > 0).toList();
        double total = dossierSteps.stream().mapToDouble(s -> s.overall().median()).sum();
        Bottleneck bottleneck = dossierSteps.stream()
                .max(Comparator.comparingDouble((StepMetrics s) -> s.overall().median())
                        .thenComparingDouble(s -> s.overall().p90()))
                .map(s -> new Bottleneck(s.step(), s.label(), s.overall().median(), s.overall().p90(),
                        total == 0 ? 0 : Math.round(s.overall().median() / total * 100) / 100.0))
                .orElse(null);
        return new Result(steps, bottleneck);
    }

    private static Stats stats(List<Sample> samples) {
        return Stats.of(samples.stream().map(Sample::days).toList());
    }

    private static List<Group> groups(List<Sample> samples, Function<Sample, String> key) {
        Map<String, List<Double>> byKey = samples.stream().filter(s -> key.apply(s) != null)
                .collect(Collectors.groupingBy(key, TreeMap::new,
                        Collectors.mapping(Sample::days, Collectors.toList())));
        List<Group> groups = new ArrayList<>();
        byKey.forEach((k, days) -> groups.add(new Group(k, Stats.of(days))));
        groups.sort(Comparator.comparingDouble((Group g) -> g.stats().median()).reversed()
                .thenComparing(Group::key));
        return groups;
    }
}
