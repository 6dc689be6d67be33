package vn.tdkt.plantext;

import java.util.List;

/**
 * Result of resolving a written unit name.
 *
 * @param writtenName the name as written in the plan (always kept, never dropped)
 * @param status      how it was resolved
 * @param code        the matched unit's code; null unless resolved
 * @param candidates  codes of all candidate units (one when resolved, several when ambiguous)
 */
public record UnitMatch(String writtenName, MatchStatus status, String code, List<String> candidates) {

    public UnitMatch {
        candidates = List.copyOf(candidates);
    }

    public boolean isResolved() {
        return status.isResolved();
    }
}
