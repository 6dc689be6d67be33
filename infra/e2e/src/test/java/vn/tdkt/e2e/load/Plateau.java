package vn.tdkt.e2e.load;

import java.util.Collections;
import java.util.List;

/**
 * When a warm-up's rates have reached their plateau: the last {@code windows} rates lie within {@code tolerance} of
 * the highest of them. Two windows are not enough, because the rate climbs in steps as the JIT compiles more, and two
 * close windows on one step looked like the plateau (a variant "settled" at 34 changes/s and then ran at 66).
 */
record Plateau(int windows, double tolerance) {

    Plateau {
        if (windows < 2 || tolerance < 0 || tolerance >= 1) {
            throw new IllegalArgumentException("a plateau needs at least 2 windows and a tolerance in [0, 1)");
        }
    }

    boolean reached(List<Double> rates) {
        if (rates.size() < windows) {
            return false;
        }
        List<Double> last = rates.subList(rates.size() - windows, rates.size());
        return Collections.min(last) >= (1 - tolerance) * Collections.max(last);
    }
}
