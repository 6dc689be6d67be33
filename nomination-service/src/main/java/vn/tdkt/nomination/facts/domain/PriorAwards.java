package vn.tdkt.nomination.facts.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tdkt.nomination.catalogue.domain.CommendationType;
import vn.tdkt.nomination.rules.domain.SubjectFacts.PriorAward;

/**
 * Which prior awards the rules see for a subject: those of the award register, and of what a dossier declares only
 * the years the register does not cover (marked declared). A year is covered as soon as the register holds any award
 * of the subject for it, active or revoked, so a declaration can neither add to a year the register knows nor bring
 * back a revoked award.
 */
public final class PriorAwards {

    private PriorAwards() {
    }

    /**
     * One award of the register as the merge sees it.
     *
     * @param active false once revoked, or when the caller asks to judge as if it were (a revocation's preview)
     */
    public record Registered(String id, String awardCode, int year, CommendationType type, boolean active,
            LocalDate decisionDate, String dossierId) {
    }

    /**
     * @param registered   the register's awards of the subject
     * @param declared     what the dossier declares (their {@code declared} flag is set here)
     * @param year         the proposal year: later awards are left out
     * @param asOf         awards decided after this day were not known yet and are left out, declared or covering
     * @param forDossierId the dossier being judged: the award decided from it is not its own prior award
     * @param treatAsRevoked ids of register awards to judge as revoked (empty normally)
     */
    public static List<PriorAward> merge(Collection<Registered> registered, Collection<PriorAward> declared, int year,
            LocalDate asOf, String forDossierId, Set<String> treatAsRevoked) {
        List<Registered> known = registered.stream()
                .filter(r -> r.year() <= year)
                .filter(r -> r.decisionDate() == null || !r.decisionDate().isAfter(asOf))
                .filter(r -> forDossierId == null || !forDossierId.equals(r.dossierId()))
                .toList();
        Set<Integer> covered = known.stream().map(Registered::year).collect(Collectors.toSet());
        List<PriorAward> prior = new ArrayList<>();
        for (Registered r : known) {
            if (r.active() && !treatAsRevoked.contains(r.id())) {
                prior.add(new PriorAward(r.awardCode(), r.year(), r.type(), false));
            }
        }
        for (PriorAward d : declared) {
            if (d.year() <= year && !covered.contains(d.year())) {
                prior.add(new PriorAward(d.awardCode(), d.year(), d.type(), true));
            }
        }
        return List.copyOf(prior);
    }
}
