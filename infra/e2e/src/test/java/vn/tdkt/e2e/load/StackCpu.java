package vn.tdkt.e2e.load;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The CPU time each part of the local stack has used so far, read from the operating system: the service JVMs and
 * the Kafka broker are child processes of this JVM ({@link ProcessHandle#descendants()}, told apart by their command
 * line), and the MongoDB-wire server runs inside this JVM on its {@code mongo-server-*} threads (thread CPU time).
 * The benchmark's own client threads are in neither, so what it spends driving the load is not counted.
 *
 * <p>Why: on two cores the pipeline is CPU-bound, so the CPU one state change costs across the stack says what rate
 * the machine can carry at most, and which part to make cheaper.
 */
final class StackCpu {

    static final String WIRE_SERVER = "mongo-wire";
    private static final List<String> SERVICES = List.of("plan-service", "nomination-service", "reporting-service",
            "notification-service");
    private static final String WIRE_THREADS = "mongo-server";

    private StackCpu() {
    }

    /** CPU used so far by each part of the stack, by name: the services, {@code kafka} and {@value #WIRE_SERVER}. */
    static Map<String, Duration> snapshot() {
        Map<String, Duration> used = new TreeMap<>();
        ProcessHandle.current().descendants().forEach(process -> {
            String part = part(process.info().commandLine().orElse(""));
            if (part != null) {
                process.info().totalCpuDuration().ifPresent(cpu -> used.merge(part, cpu, Duration::plus));
            }
        });
        used.put(WIRE_SERVER, Duration.ofNanos(wireServerThreadsNanos()));
        return used;
    }

    /** What each part used from {@code before} to {@code after}. */
    static Map<String, Duration> between(Map<String, Duration> before, Map<String, Duration> after) {
        Map<String, Duration> spent = new LinkedHashMap<>();
        after.forEach((part, cpu) -> spent.put(part, cpu.minus(before.getOrDefault(part, Duration.ZERO))));
        return spent;
    }

    static Duration total(Map<String, Duration> spent) {
        return spent.values().stream().reduce(Duration.ZERO, Duration::plus);
    }

    private static String part(String commandLine) {
        // a service is named by its jar (the last argument); its system properties may name other services
        int jar = commandLine.lastIndexOf(" -jar ");
        String launched = jar < 0 ? "" : commandLine.substring(jar);
        for (String service : SERVICES) {
            if (launched.contains(service)) {
                return service;
            }
        }
        // the broker's command line can be cut short by its long class path before its main class: its jars say it
        return commandLine.contains("kafka") ? "kafka" : null;
    }

    private static long wireServerThreadsNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long nanos = 0;
        for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread != null && thread.getThreadName().startsWith(WIRE_THREADS)) {
                nanos += Math.max(0, threads.getThreadCpuTime(thread.getThreadId()));
            }
        }
        return nanos;
    }
}
