package vn.tdkt.e2e.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import vn.tdkt.e2e.Api;

/**
 * A Prometheus counter summed over every instance of a service, across restarts: each instance is scraped every
 * quarter second, and when its value drops (a new incarnation starts from zero) what the previous one had counted is
 * kept, as Prometheus' {@code increase()} does. Before a planned kill, {@link #sampleNow()} closes the gap.
 */
final class CounterSampler implements AutoCloseable {

    private final List<Api> instances;
    private final String metric;
    private final Map<String, String> labels;
    private final double[] last;
    private final double[] carried;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "counter-sampler");
        thread.setDaemon(true);
        return thread;
    });

    CounterSampler(List<Api> instances, String metric, Map<String, String> labels) {
        this.instances = new ArrayList<>(instances);
        this.metric = metric;
        this.labels = Map.copyOf(labels);
        this.last = new double[instances.size()];
        this.carried = new double[instances.size()];
        sampleNow();
        timer.scheduleWithFixedDelay(this::sampleNow, 250, 250, TimeUnit.MILLISECONDS);
    }

    /** Scrapes every instance now; one that does not answer keeps its last value. */
    synchronized void sampleNow() {
        for (int i = 0; i < instances.size(); i++) {
            String scrape = Prometheus.scrape(instances.get(i));
            if (scrape == null) {
                continue;
            }
            double value = Prometheus.sum(scrape, metric, labels);
            if (value < last[i]) {
                carried[i] += last[i];
            }
            last[i] = value;
        }
    }

    /** The total counted by every instance and every incarnation so far. */
    synchronized double total() {
        double total = 0;
        for (int i = 0; i < instances.size(); i++) {
            total += carried[i] + last[i];
        }
        return total;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
