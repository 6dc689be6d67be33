package vn.tdkt.nomination.dossier.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.catalogue.domain.DocumentKind;
import vn.tdkt.nomination.dossier.domain.Attachment;
import vn.tdkt.nomination.dossier.domain.Dossier;
import vn.tdkt.nomination.dossier.domain.FileType;
import vn.tdkt.nomination.dossier.domain.MemberCounts;
import vn.tdkt.nomination.dossier.domain.Subject;
import vn.tdkt.nomination.dossier.persistence.DossierStore;
import vn.tdkt.nomination.facts.application.SubjectFactsService;
import vn.tdkt.nomination.facts.domain.SubjectRef;
import vn.tdkt.nomination.planview.application.PlanViews;
import vn.tdkt.nomination.planview.domain.ClusterStanding;
import vn.tdkt.nomination.planview.domain.MovementTerms;
import vn.tdkt.nomination.rules.application.EligibilityQuery;
import vn.tdkt.nomination.rules.application.EligibilityReport;
import vn.tdkt.nomination.rules.application.EligibilityService;
import vn.tdkt.nomination.rules.application.RuleResult;
import vn.tdkt.nomination.rules.domain.AuthorityLevel;
import vn.tdkt.nomination.rules.domain.DossierFacts;
import vn.tdkt.nomination.rules.domain.ElectronicFormat;
import vn.tdkt.nomination.rules.domain.Grade;
import vn.tdkt.nomination.rules.domain.SubjectFacts;
import lombok.RequiredArgsConstructor;

/**
 * Judges a dossier with the rules engine, on facts gathered from this service's own data only: the registers
 * (ratings, innovations, holds, disciplines), the plan read models (unit dissolved or not, the movement's quota and
 * window, the cluster standing), the award register (prior awards; those the dossier declares only fill years the
 * register does not cover), the dossier itself (documents, the vote in the minutes) and
 * the other dossiers (duplicates: same achievement id, same person + award + year, innovations already used).
 *
 * <p>Person matching for duplicates follows the registers: national ID when both sides have one, else the folded
 * name + date of birth + unit.
 */
@Component
@RequiredArgsConstructor
public class DossierChecks {

    private final EligibilityService eligibility;
    private final SubjectFactsService registers;
    private final PlanViews plan;
    private final DossierStore dossiers;
    private final DossierProperties properties;

    /** The whole rule set in force on {@code decisionDate}, on everything known about the dossier. */
    public EligibilityReport evaluate(Dossier dossier, LocalDate submissionDate, LocalDate decisionDate,
            Locale locale) {
        return evaluate(dossier, submissionDate, decisionDate, null, locale);
    }

    /** As {@link #evaluate(Dossier, LocalDate, LocalDate, Locale)}, with the deciding authority (R-AUTH-*). */
    public EligibilityReport evaluate(Dossier dossier, LocalDate submissionDate, LocalDate decisionDate,
            AuthorityLevel authority, Locale locale) {
        Subject subject = dossier.subject();
        EligibilityQuery query = new EligibilityQuery(dossier.proposal().awardCode(), subject.type(),
                dossier.proposal().year(), decisionDate, subjectFacts(dossier, decisionDate),
                dossierFacts(dossier, submissionDate).authority(authority).build());
        return eligibility.check(query, locale);
    }

    /** The failed rules among {@code blocking}, with their explanations. */
    public static List<RuleResult> blockers(EligibilityReport report, List<String> blocking) {
        return report.failures().stream().filter(r -> blocking.contains(r.ruleId())).toList();
    }

    public List<RuleResult> submissionBlockers(EligibilityReport report) {
        return blockers(report, properties.submissionBlockingRules());
    }

    public List<RuleResult> appraisalBlockers(EligibilityReport report) {
        return blockers(report, properties.appraisalBlockingRules());
    }

    SubjectFacts subjectFacts(Dossier dossier, LocalDate asOf) {
        return subjectFacts(dossier, asOf, Set.of());
    }

    /**
     * The subject's facts for the rules: the registers' (prior awards from the award register, the declared ones only
     * for years it does not cover), the unit, the collective's counts, the profile.
     *
     * @param treatAsRevoked register awards to judge as if revoked (a revocation's preview)
     */
    SubjectFacts subjectFacts(Dossier dossier, LocalDate asOf, Set<String> treatAsRevoked) {
        Subject subject = dossier.subject();
        int year = dossier.proposal().year();
        List<SubjectFacts.PriorAward> declared = dossier.content().declaredAwards().stream()
                .map(a -> new SubjectFacts.PriorAward(a.awardCode(), a.year(), a.type(), true)).toList();
        SubjectFacts facts = reference(subject)
                .map(ref -> registers.factsFor(ref, year, asOf, dossier.id(), declared, treatAsRevoked))
                .orElseGet(() -> SubjectFacts.empty().withAwards(SubjectFactsService.declaredOnly(declared, year)));
        Optional<vn.tdkt.nomination.planview.domain.UnitStanding> unit = plan.unit(subject.unitCode());
        if (unit.isPresent()) {
            facts = facts.withUnit(new SubjectFacts.Unit(unit.get().code(), unit.get().dissolvedOn(asOf),
                    unit.get().kind()));
        }
        if (subject.type() == SubjectType.COLLECTIVE) {
            MemberCounts m = subject.members();
            facts = facts.withCollective(new SubjectFacts.Collective(m.members(), m.ldtt(), m.cstdcs(),
                    m.lowestGrade() == null ? null : Grade.valueOf(m.lowestGrade()), m.disciplinedWarningOrAbove(),
                    m.women()));
            Optional<ClusterStanding> standing = plan.clusterStanding(subject.unitCode(), year);
            if (standing.isPresent() && standing.get().rank() != null) {
                facts = facts.withCluster(new SubjectFacts.Cluster(standing.get().clusterCode(), year,
                        standing.get().rank(), m.clusterCriteriaConfirmed()));
            }
        }
        if (subject.gender() != null) {
            facts = facts.withProfile(new SubjectFacts.Profile(
                    subject.gender() == vn.tdkt.nomination.dossier.domain.Gender.FEMALE, null, null, null));
        }
        return facts;
    }

    DossierFacts.Builder dossierFacts(Dossier dossier, LocalDate submissionDate) {
        Set<DocumentKind> kinds = dossier.documentKinds().isEmpty() ? Set.of()
                : EnumSet.copyOf(dossier.documentKinds());
        DossierFacts.Builder facts = DossierFacts.builder()
                .documents(kinds)
                .minutesCarryVoteResults(dossier.minutesVote().isPresent())
                .submissionDate(submissionDate)
                .electronicFormats(formats(dossier.attachments()))
                .duplicates(duplicatesOf(dossier));
        String movementId = dossier.proposal().movementId();
        if (movementId != null) {
            Optional<MovementTerms> movement = plan.movement(movementId);
            movement.ifPresent(m -> {
                facts.window(new DossierFacts.Window(m.nominationFrom(), m.nominationTo()));
                m.quota(dossier.unitCode(), dossier.proposal().awardCode()).ifPresent(limit -> facts.quota(
                        new DossierFacts.Quota(limit, (int) dossiers.proposedUnderMovement(movementId,
                                dossier.unitCode(), dossier.proposal().awardCode(), dossier.id()))));
            });
        }
        return facts;
    }

    /** What this dossier shares with other live proposals (R-GEN-01, R-GEN-02, same person + award + year). */
    public DossierFacts.Duplicates duplicatesOf(Dossier dossier) {
        String id = dossier.id();
        List<String> sameAchievement = dossier.achievement().achievementId() == null ? List.of()
                : dossiers.proposedWithAchievement(dossier.achievement().achievementId(), id).stream()
                        .map(Dossier::id).toList();
        Set<String> innovationsUsed = new LinkedHashSet<>();
        List<String> cited = dossier.achievement().innovationIds();
        if (!cited.isEmpty()) {
            dossiers.proposedWithInnovations(cited, id).forEach(other -> other.achievement().innovationIds()
                    .stream().filter(cited::contains).forEach(innovationsUsed::add));
        }
        return new DossierFacts.Duplicates(sameAchievement, samePerson(dossier), List.copyOf(innovationsUsed));
    }

    private List<String> samePerson(Dossier dossier) {
        Subject s = dossier.subject();
        String award = dossier.proposal().awardCode();
        int year = dossier.proposal().year();
        List<Dossier> found = new ArrayList<>();
        if (s.type() == SubjectType.INDIVIDUAL) {
            if (s.nationalId() != null) {
                found.addAll(dossiers.proposedForNationalId(s.nationalId(), award, year, dossier.id()));
            }
            // without an ID on both sides, name + birth date + unit decide; two different IDs never match
            dossiers.proposedForPerson(s.nameKey(), s.dateOfBirth(), s.unitCode(), award, year, dossier.id()).stream()
                    .filter(other -> s.nationalId() == null || other.subject().nationalId() == null)
                    .forEach(found::add);
        } else {
            dossiers.proposedForPerson(s.nameKey(), null, s.unitCode(), award, year, dossier.id()).stream()
                    .filter(other -> other.subject().type() == s.type()).forEach(found::add);
        }
        return found.stream().map(Dossier::id).distinct().toList();
    }

    private static Optional<SubjectRef> reference(Subject subject) {
        return switch (subject.type()) {
            case INDIVIDUAL -> Optional.of(SubjectRef.person(subject.nationalId(), subject.name(),
                    subject.dateOfBirth(), subject.unitCode()));
            case COLLECTIVE -> Optional.of(SubjectRef.collective(subject.unitCode()));
            case HOUSEHOLD -> Optional.empty();
        };
    }

    private static Set<ElectronicFormat> formats(List<Attachment> attachments) {
        Set<ElectronicFormat> formats = EnumSet.noneOf(ElectronicFormat.class);
        for (Attachment a : attachments) {
            if (FileType.DOCX.mediaType().equals(a.contentType())) {
                formats.add(ElectronicFormat.DOCX);
            } else if (FileType.PDF.mediaType().equals(a.contentType())) {
                formats.add(ElectronicFormat.PDF);
            }
        }
        return formats;
    }
}
