package vn.tdkt.plan.importing.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import vn.tdkt.plantext.ImportPhase;
import vn.tdkt.plantext.ImportProgressListener;
import vn.tdkt.plan.importing.domain.ProgressEntry;

/**
 * Records the parser's progress: every phase change, and within a phase (the appendix reports per row) a new
 * entry every 5 %, so a long document does not produce thousands of entries. Times are milliseconds since start
 * from a monotonic clock.
 */
public final class ProgressRecorder implements ImportProgressListener {

    static final double STEP = 0.05;

    private final LongSupplier nanoTime;
    private final long start;
    private final List<ProgressEntry> entries = new ArrayList<>();
    private ImportPhase lastPhase;
    private double lastFraction = -1;

    public ProgressRecorder() {
        this(System::nanoTime);
    }

    ProgressRecorder(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
    }

    @Override
    public void onProgress(ImportPhase phase, double fraction) {
        if (phase != lastPhase || fraction - lastFraction >= STEP) {
            entries.add(new ProgressEntry(phase.name(), Math.round(fraction * 1000) / 1000.0, elapsedMillis()));
            lastPhase = phase;
            lastFraction = fraction;
        }
    }

    public long elapsedMillis() {
        return (nanoTime.getAsLong() - start) / 1_000_000;
    }

    public List<ProgressEntry> entries() {
        return List.copyOf(entries);
    }

    /** Milliseconds spent in each phase, in order: from its first entry to the next phase's first entry. */
    public static Map<String, Long> phaseMillis(List<ProgressEntry> entries) {
        Map<String, Long> millis = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            ProgressEntry entry = entries.get(i);
            if (millis.containsKey(entry.phase())) {
                continue;
            }
            long end = entry.atMillis();
            for (int j = i + 1; j < entries.size(); j++) {
                end = entries.get(j).atMillis();
                if (!entries.get(j).phase().equals(entry.phase())) {
                    break;
                }
            }
            millis.put(entry.phase(), Math.max(0, end - entry.atMillis()));
        }
        return millis;
    }
}
