package vn.tdkt.nomination.council.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the members who must not vote on an item: the member is the nominee (person key), belongs to the nominee's
 * or the proposing unit, or declared a relationship with the dossier or the person. One recusal per member and item,
 * with the first reason found in that order.
 *
 * <p>Belonging to the nominee's unit is a conflict on the provincial council, whose members represent their
 * departments and communes; a unit's own council is made of that unit's people and judges its own staff, so there
 * only the nominee and declared relationships count.
 */
public final class ConflictsOfInterest {

    public static final String SYSTEM = "he-thong";

    private ConflictsOfInterest() {
    }

    public static List<Recusal> detect(CouncilLevel level, List<CouncilMember> members, List<Nominee> nominees,
            Instant now) {
        List<Recusal> recusals = new ArrayList<>();
        for (Nominee nominee : nominees) {
            for (CouncilMember member : members) {
                conflict(level, member, nominee).ifPresent(found -> recusals.add(new Recusal(member.memberId(),
                        nominee.dossierId(), found.reason(), found.detail(), true, SYSTEM, now)));
            }
        }
        return recusals;
    }

    private record Found(ConflictReason reason, String detail) {
    }

    private static Optional<Found> conflict(CouncilLevel level, CouncilMember member, Nominee nominee) {
        if (nominee.person() != null && member.personKey().matches(nominee.person())) {
            return Optional.of(new Found(ConflictReason.IS_NOMINEE, null));
        }
        if (level == CouncilLevel.PROVINCE && member.unitCode() != null
                && nominee.unitCodes().contains(member.unitCode())) {
            return Optional.of(new Found(ConflictReason.SAME_UNIT, member.unitCode()));
        }
        for (DeclaredRelationship relationship : member.relationships()) {
            boolean sameDossier = nominee.dossierId().equals(relationship.dossierId());
            boolean samePerson = nominee.person() != null && relationship.personKey().matches(nominee.person());
            if (sameDossier || samePerson) {
                return Optional.of(new Found(ConflictReason.DECLARED_RELATIONSHIP, relationship.nature()));
            }
        }
        return Optional.empty();
    }
}
