package vn.tdkt.nomination.facts.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.tdkt.nomination.facts.domain.PriorAwards;
import vn.tdkt.nomination.facts.domain.SubjectRef;
import vn.tdkt.nomination.facts.holds.application.DisciplineService;
import vn.tdkt.nomination.facts.holds.application.HoldService;
import vn.tdkt.nomination.facts.innovations.application.InnovationService;
import vn.tdkt.nomination.facts.innovations.domain.Innovation;
import vn.tdkt.nomination.facts.ratings.application.RatingService;
import vn.tdkt.nomination.rules.domain.SubjectFacts;
import lombok.RequiredArgsConstructor;

/**
 * The subject's facts from this service's registers: ratings, innovations, holds, concluded disciplines and the prior
 * awards of the award register, matched by national ID or by name (ignoring case and diacritics), birth date and
 * unit. Prior awards come from the register; what a dossier declares fills only the years the register does not cover
 * and stays marked declared ({@link PriorAwards}). A dossier merges in what it knows besides (unit and cluster
 * standing, member counts) before it asks {@code EligibilityService}.
 */
@Service
@RequiredArgsConstructor
public class SubjectFactsService {

    private final RatingService ratings;
    private final InnovationService innovations;
    private final HoldService holds;
    private final DisciplineService disciplines;
    private final AwardHistory awards;

    /**
     * @param year the proposal year: ratings and innovations of later years are left out
     * @param asOf facts that did not exist yet on this day are left out: holds and disciplines beginning later,
     *             innovations recognised later; a hold lifted later still shows as in force on it
     */
    public SubjectFacts factsFor(SubjectRef subject, int year, LocalDate asOf) {
        return factsFor(subject, year, asOf, null);
    }

    /**
     * As {@link #factsFor(SubjectRef, int, LocalDate)}, for the dossier {@code forDossierId}: its own use of an
     * innovation ({@code InnovationService.markUsed}) does not count as "already used" (R-GEN-02) when it is judged.
     */
    public SubjectFacts factsFor(SubjectRef subject, int year, LocalDate asOf, String forDossierId) {
        return factsFor(subject, year, asOf, forDossierId, List.of(), Set.of());
    }

    /**
     * As {@link #factsFor(SubjectRef, int, LocalDate, String)}, with the prior awards a dossier declares (used only
     * for years the register does not cover) and register awards to judge as if they were revoked (a revocation's
     * preview of what depended on them).
     */
    public SubjectFacts factsFor(SubjectRef subject, int year, LocalDate asOf, String forDossierId,
            List<SubjectFacts.PriorAward> declared, Set<String> treatAsRevoked) {
        List<SubjectFacts.Rating> ratingFacts = ratings.forSubject(subject).stream()
                .filter(rating -> rating.year() <= year)
                .map(rating -> new SubjectFacts.Rating(rating.year(), rating.grade())).toList();
        List<SubjectFacts.Innovation> innovationFacts = innovations.ownedBy(subject).stream()
                .filter(innovation -> innovation.year() <= year)
                .filter(innovation -> innovation.recognisedOn() == null || !innovation.recognisedOn().isAfter(asOf))
                .map(innovation -> innovationFact(innovation, forDossierId)).toList();
        List<SubjectFacts.Hold> holdFacts = holds.forSubject(subject).stream()
                .filter(hold -> !hold.since().isAfter(asOf))
                .map(hold -> hold.lifted() != null && hold.lifted().on().isAfter(asOf)
                        ? new SubjectFacts.Hold(hold.kind(), hold.since(), hold.until()) : hold.asFact())
                .toList();
        List<SubjectFacts.Discipline> disciplineFacts = disciplines.forSubject(subject).stream()
                .filter(discipline -> !discipline.from().isAfter(asOf))
                .map(vn.tdkt.nomination.facts.holds.domain.Discipline::asFact).toList();
        return new SubjectFacts(ratingFacts, priorAwards(subject, year, asOf, forDossierId, declared, treatAsRevoked),
                innovationFacts, holdFacts, disciplineFacts, null, null, null, null, null, null);
    }

    /**
     * Prior awards only, for a subject the registers cannot identify (a household): what the dossier declares.
     */
    public static List<SubjectFacts.PriorAward> declaredOnly(List<SubjectFacts.PriorAward> declared, int year) {
        return PriorAwards.merge(List.of(), declared, year, LocalDate.MAX, null, Set.of());
    }

    private List<SubjectFacts.PriorAward> priorAwards(SubjectRef subject, int year, LocalDate asOf,
            String forDossierId, List<SubjectFacts.PriorAward> declared, Set<String> treatAsRevoked) {
        List<PriorAwards.Registered> registered = awards.awardsOf(subject).stream()
                .map(a -> new PriorAwards.Registered(a.id(), a.awardCode(), a.year(), a.type(), a.active(),
                        a.decisionDate(), a.dossierId()))
                .toList();
        return PriorAwards.merge(registered, declared, year, asOf, forDossierId, treatAsRevoked);
    }

    private static SubjectFacts.Innovation innovationFact(Innovation innovation, String forDossierId) {
        Innovation.Use use = innovation.firstUseOtherThan(forDossierId);
        return new SubjectFacts.Innovation(innovation.id(), innovation.year(), innovation.level(), innovation.kind(),
                use == null ? null : use.dossierId(), use == null ? null : use.awardCode());
    }
}
