package vn.tdkt.nomination.council.domain;

import java.util.Set;

/**
 * Who an agenda item proposes, as conflict detection sees it.
 *
 * @param person    the person proposed (individuals, a household's head), or {@code null} for a collective
 * @param unitCodes the nominee's unit and the proposing unit
 */
public record Nominee(String dossierId, PersonKey person, Set<String> unitCodes) {

    public Nominee {
        unitCodes = unitCodes == null ? Set.of() : Set.copyOf(unitCodes);
    }
}
