package vn.tdkt.plan.importing.domain;

import java.util.List;

/**
 * How one unit name written in the plan was resolved against the unit registry. Unresolved names are kept and
 * flagged, never dropped.
 *
 * @param written    the name exactly as written
 * @param key        the matcher's canonical key of the name (case, diacritics and abbreviations folded)
 * @param matchedBy  CODE, NAME, ALIAS, RELAXED when resolved; null otherwise
 * @param code       the unit's code when resolved
 * @param candidates the candidate codes (several when ambiguous)
 * @param roles      where the name appears
 */
public record NameResolution(String written, String key, ResolutionStatus status, String matchedBy, String code,
                             List<String> candidates, List<NameRole> roles, int firstLine) {

    public NameResolution {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public boolean isResolved() {
        return status == ResolutionStatus.RESOLVED;
    }
}
