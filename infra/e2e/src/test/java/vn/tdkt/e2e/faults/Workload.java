package vn.tdkt.e2e.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import vn.tdkt.e2e.Nominations;

/**
 * The traffic a fault runs under: {@code count} dossiers, each drafted with its two documents, submitted, assigned
 * and appraised over REST ({@value Nominations#EVENTS_PER_DOSSIER} events each), by {@code clients} concurrent
 * clients, optionally paced to a rate so that it spans a long fault. Every subject has a unique name
 * ({@code Nguyễn Thị <label> <n>}), so the e-mails about a dossier can be told from any other.
 */
final class Workload {

    record Dossier(String id, String name) {
    }

    private final String label;
    private final int count;
    private final List<Nominations> routes;
    private final int clients;
    private final double perSecond;
    private final List<Dossier> done = Collections.synchronizedList(new ArrayList<>());
    private final List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger next = new AtomicInteger();
    private ExecutorService pool;
    private Instant startedAt;
    private Instant finishedAt;

    /**
     * @param routes    the clients' ways in (one per nomination-service instance); client {@code i} uses route
     *                  {@code i mod routes}
     * @param perSecond dossiers started per second at most (0: as fast as the clients go)
     */
    Workload(String label, int count, int clients, List<Nominations> routes, double perSecond) {
        this.label = label;
        this.count = count;
        this.clients = clients;
        this.routes = List.copyOf(routes);
        this.perSecond = perSecond;
    }

    static String name(String label, int index) {
        return String.format(Locale.ROOT, "Nguyễn Thị %s %04d", label, index);
    }

    Workload start() {
        startedAt = Instant.now();
        pool = Executors.newFixedThreadPool(clients, runnable -> {
            Thread thread = new Thread(runnable, "workload-" + label);
            thread.setDaemon(true);
            return thread;
        });
        for (int client = 0; client < clients; client++) {
            Nominations route = routes.get(client % routes.size());
            pool.execute(() -> run(route));
        }
        pool.shutdown();
        return this;
    }

    private void run(Nominations route) {
        int index;
        while ((index = next.getAndIncrement()) < count && failures.isEmpty()) {
            pace(index);
            String name = name(label, index);
            try {
                done.add(new Dossier(route.appraised(name), name));
            } catch (RuntimeException | AssertionError e) {
                failures.add(new IllegalStateException("dossier " + name + " failed", e));
            }
        }
    }

    private void pace(int index) {
        if (perSecond <= 0) {
            return;
        }
        long due = startedAt.toEpochMilli() + (long) (index * 1000 / perSecond);
        long wait = due - System.currentTimeMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Dossiers appraised so far. */
    int completed() {
        return done.size();
    }

    /** Waits until {@code completed() >= dossiers} (or the workload ended). */
    void awaitCompleted(int dossiers, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        while (completed() < dossiers && !pool.isTerminated() && System.nanoTime() < deadline) {
            sleep(100);
        }
    }

    /** Waits for the end of the workload; fails with the first client failure. */
    List<Dossier> await(Duration max) {
        try {
            if (!pool.awaitTermination(max.toMillis(), TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
                throw new IllegalStateException("workload " + label + " not done after " + max + ": "
                        + completed() + " of " + count);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        finishedAt = Instant.now();
        if (!failures.isEmpty()) {
            IllegalStateException failure = new IllegalStateException("workload " + label + ": " + failures.size()
                    + " dossier(s) failed", failures.get(0));
            throw failure;
        }
        return List.copyOf(done);
    }

    Instant startedAt() {
        return startedAt;
    }

    Duration elapsed() {
        return Duration.between(startedAt, finishedAt == null ? Instant.now() : finishedAt);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
