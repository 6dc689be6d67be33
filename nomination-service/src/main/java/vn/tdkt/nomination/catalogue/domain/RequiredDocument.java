package vn.tdkt.nomination.catalogue.domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One document an award's dossier must contain: any one of {@code anyOf} satisfies it.
 *
 * @param rule  the §10 rule that requires it (R-DOS-01..04, R-CSCS-03), which checks it
 * @param types the proposal types it applies to; empty: every type
 */
public record RequiredDocument(Set<DocumentKind> anyOf, String rule, Set<CommendationType> types) {

    public RequiredDocument {
        if (anyOf == null || anyOf.isEmpty()) {
            throw new IllegalArgumentException("a required document names at least one kind");
        }
        Objects.requireNonNull(rule, "rule");
        anyOf = Set.copyOf(EnumSet.copyOf(anyOf));
        types = types == null || types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
    }

    public boolean appliesTo(CommendationType type) {
        return types.isEmpty() || types.contains(type);
    }

    public boolean satisfiedBy(Set<DocumentKind> present) {
        return anyOf.stream().anyMatch(present::contains);
    }
}
