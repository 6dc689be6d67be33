package vn.tdkt.nomination.facts.application;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.tdkt.nomination.facts.domain.SubjectRef;
import vn.tdkt.nomination.facts.holds.application.DisciplineService;
import vn.tdkt.nomination.facts.holds.application.HoldService;
import vn.tdkt.nomination.facts.innovations.application.InnovationService;
import vn.tdkt.nomination.facts.innovations.domain.Innovation;
import vn.tdkt.nomination.facts.ratings.application.RatingService;
import vn.tdkt.nomination.rules.domain.SubjectFacts;

/**
 * The subject's facts from this service's registers: ratings, innovations, holds and concluded disciplines, matched
 * by national ID or by name (ignoring case and diacritics), birth date and unit. A dossier merges in what it knows
 * besides (declared prior awards, unit and cluster standing, member counts) before it asks
 * {@code EligibilityService}.
 */
@Service
public class SubjectFactsService {

    private final RatingService ratings;
    private final InnovationService innovations;
    private final HoldService holds;
    private final DisciplineService disciplines;

    public SubjectFactsService(RatingService ratings, InnovationService innovations, HoldService holds,
            DisciplineService disciplines) {
        this.ratings = ratings;
        this.innovations = innovations;
        this.holds = holds;
        this.disciplines = disciplines;
    }

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
        return new SubjectFacts(ratingFacts, List.of(), innovationFacts, holdFacts, disciplineFacts, null, null, null,
                null, null, null);
    }

    private static SubjectFacts.Innovation innovationFact(Innovation innovation, String forDossierId) {
        Innovation.Use use = innovation.firstUseOtherThan(forDossierId);
        return new SubjectFacts.Innovation(innovation.id(), innovation.year(), innovation.level(), innovation.kind(),
                use == null ? null : use.dossierId(), use == null ? null : use.awardCode());
    }
}
