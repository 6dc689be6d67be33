package vn.tdkt.nomination.rules.domain;

import java.util.Map;

/**
 * What a preparation step did: whether it changed the facts, and the values its effect template shows (e.g.
 * {@code excluded} for R-GEN-04).
 */
public record StepResult(boolean changed, Map<String, Object> outputs) {

    public static final StepResult UNCHANGED = new StepResult(false, Map.of());

    public StepResult {
        outputs = outputs == null ? Map.of() : Map.copyOf(outputs);
    }
}
