package vn.tdkt.nomination.rules.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.catalogue.domain.CommendationType;
import vn.tdkt.nomination.catalogue.domain.DocumentKind;
import vn.tdkt.nomination.rules.application.EligibilityQuery;
import vn.tdkt.nomination.rules.domain.AuthorityLevel;
import vn.tdkt.nomination.rules.domain.DisciplineLevel;
import vn.tdkt.nomination.rules.domain.DossierFacts;
import vn.tdkt.nomination.rules.domain.ElectronicFormat;
import vn.tdkt.nomination.rules.domain.Grade;
import vn.tdkt.nomination.rules.domain.HoldKind;
import vn.tdkt.nomination.rules.domain.InnovationKind;
import vn.tdkt.nomination.rules.domain.InnovationLevel;
import vn.tdkt.nomination.rules.domain.SubjectFacts;

/**
 * The what-if question: an award for a subject, for a year, decided on a date, with the subject's facts (every part
 * optional) and, to also judge dossier rules, a dossier's facts. Missing award code, subject type or decision date
 * are named in the 400 problem by the service; unknown enum values by the platform.
 *
 * @param awardCode    the award asked about (required)
 * @param subjectType  the kind of subject (required)
 * @param year         the year of the achievement
 * @param decisionDate the day the award would be decided (required): it picks the rule set and the catalogue
 * @param type         the kind of commendation; periodic (công trạng) by default
 * @param facts        what the registers would know of the subject; every part optional
 * @param dossier      a dossier's facts, to also judge the dossier, deadline, quota and authority rules
 */
public record EligibilityCheckRequest(@Schema(example = "CSTD_TINH") String awardCode,
        @Schema(example = "INDIVIDUAL") SubjectType subjectType,
        @NotNull @Schema(example = "2026") Integer year,
        @Schema(example = "2026-12-20") LocalDate decisionDate,
        @Schema(example = "PERIODIC") CommendationType type,
        @Valid Facts facts,
        @Valid Dossier dossier) {

    /**
     * The subject's facts, as the registers would give them.
     *
     * @param ratings      annual ratings
     * @param awards       awards already received
     * @param innovations  recognised innovations and their uses
     * @param holds        holds on awarding the subject
     * @param disciplines  concluded disciplines
     * @param collective   a collective's member counts
     * @param cluster      the subject's rank in its emulation cluster
     * @param unit         the subject's unit (dissolved in the 2025 reorganisation?)
     * @param service      months worked and leave in the year
     * @param profile      what the contribution and leadership rules ask of a person
     * @param contribution a career, for the lifetime-contribution commendations
     */
    public record Facts(List<@Valid Rating> ratings, List<@Valid Award> awards, List<@Valid Innovation> innovations,
            List<@Valid Hold> holds, List<@Valid Discipline> disciplines, @Valid Collective collective,
            @Valid Cluster cluster, Unit unit, @Valid Service service, Profile profile, @Valid Contribution contribution) {
    }

    public record Rating(@NotNull @Schema(example = "2026") Integer year,
            @NotNull @Schema(example = "HTXSNV") Grade grade) {
    }

    public record Award(@NotNull @Schema(example = "CSTDCS") String awardCode,
            @NotNull @Schema(example = "2025") Integer year,
            @Schema(example = "PERIODIC") CommendationType type,
            Boolean declared) {
    }

    public record Innovation(String id, @NotNull Integer year, @NotNull InnovationLevel level, InnovationKind kind,
            String usedFor, String usedForAward) {
    }

    public record Hold(@NotNull @Schema(example = "COMPLAINT") HoldKind kind,
            @NotNull @Schema(example = "2026-11-01") LocalDate since,
            LocalDate until) {
    }

    public record Discipline(@NotNull DisciplineLevel level, @NotNull LocalDate from, LocalDate to) {
    }

    public record Collective(@Min(0) Integer members, @Min(0) Integer membersLdtt, @Min(0) Integer membersCstdcs,
            Grade lowestMemberGrade, @Min(0) Integer membersDisciplinedWarningOrAbove, @Min(0) Integer membersFemale) {
    }

    public record Cluster(String code, @NotNull Integer year, @NotNull @Min(1) Integer rank,
            Boolean qualitativeCriteriaConfirmed) {
    }

    public record Unit(String code, Boolean dissolved, String kind) {
    }

    public record Service(@Min(0) Integer monthsWorked, @Min(0) Integer leaveWorkingDays,
            @Min(0) Integer maternityLeaveWorkingDays) {
    }

    public record Profile(Boolean female, Boolean leader, Boolean provinciallyManagedCadre,
            Boolean higherRetirementAge) {
    }

    public record Contribution(LocalDate retirementNoticeDate, LocalDate steppedDownDate, List<@Valid Post> posts,
            Integer requiredPostLevel, BigDecimal standardTenureYears) {
    }

    public record Post(String title, @NotNull Integer level, @NotNull LocalDate from, LocalDate to, Boolean leadership,
            LocalDate originalTermEnd) {
    }

    public record Dossier(Set<DocumentKind> documents, Boolean minutesCarryVoteResults, LocalDate submissionDate,
            @Valid Quota quota, Window window, Deadline deadline, Duplicates duplicates, AuthorityLevel authority,
            Set<ElectronicFormat> electronicFormats, Boolean stateSecret, @Valid UnitTitleCounts unitTitleCounts,
            @Valid ClusterPathQuota clusterPathQuota, Set<String> complianceListsReceived, Boolean justificationProvided) {
    }

    public record Quota(@NotNull @Min(0) Integer limit, @NotNull @Min(0) Integer used) {
    }

    public record Window(LocalDate opens, LocalDate closes) {
    }

    public record Deadline(Boolean educationSector, LocalDate eventDate) {
    }

    public record Duplicates(List<String> sameAchievement, List<String> samePersonAwardYear,
            List<String> innovationsAlreadyUsed) {
    }

    public record UnitTitleCounts(@NotNull @Min(0) Integer ldtt, @NotNull @Min(0) Integer cstdcs) {
    }

    public record ClusterPathQuota(@NotNull @Min(0) Integer leaders, @NotNull @Min(0) Integer proposals) {
    }

    /** The question as the eligibility service takes it. */
    public EligibilityQuery query() {
        return new EligibilityQuery(awardCode, subjectType, year, decisionDate, subjectFacts(), dossierFacts(), type);
    }

    private SubjectFacts subjectFacts() {
        if (facts == null) {
            return SubjectFacts.empty();
        }
        return new SubjectFacts(
                list(facts.ratings()).stream().map(r -> new SubjectFacts.Rating(r.year(), r.grade())).toList(),
                list(facts.awards()).stream().map(a -> new SubjectFacts.PriorAward(a.awardCode(), a.year(), a.type(),
                        Boolean.TRUE.equals(a.declared()))).toList(),
                list(facts.innovations()).stream().map(i -> new SubjectFacts.Innovation(i.id(), i.year(), i.level(),
                        i.kind(), i.usedFor(), i.usedForAward())).toList(),
                list(facts.holds()).stream().map(h -> new SubjectFacts.Hold(h.kind(), h.since(), h.until())).toList(),
                list(facts.disciplines()).stream().map(d -> new SubjectFacts.Discipline(d.level(), d.from(), d.to()))
                        .toList(),
                facts.collective() == null ? null : new SubjectFacts.Collective(facts.collective().members(),
                        facts.collective().membersLdtt(), facts.collective().membersCstdcs(),
                        facts.collective().lowestMemberGrade(), facts.collective().membersDisciplinedWarningOrAbove(),
                        facts.collective().membersFemale()),
                facts.cluster() == null ? null : new SubjectFacts.Cluster(facts.cluster().code(),
                        facts.cluster().year(), facts.cluster().rank(), facts.cluster().qualitativeCriteriaConfirmed()),
                facts.unit() == null ? null : new SubjectFacts.Unit(facts.unit().code(), Boolean.TRUE.equals(facts.unit().dissolved()),
                        facts.unit().kind()),
                facts.service() == null ? null : new SubjectFacts.Service(facts.service().monthsWorked(),
                        facts.service().leaveWorkingDays(), facts.service().maternityLeaveWorkingDays()),
                facts.profile() == null ? null : new SubjectFacts.Profile(facts.profile().female(),
                        facts.profile().leader(), facts.profile().provinciallyManagedCadre(),
                        facts.profile().higherRetirementAge()),
                facts.contribution() == null ? null : new SubjectFacts.Contribution(
                        facts.contribution().retirementNoticeDate(), facts.contribution().steppedDownDate(),
                        list(facts.contribution().posts()).stream().map(p -> new SubjectFacts.Post(p.title(),
                                p.level(), p.from(), p.to(), Boolean.TRUE.equals(p.leadership()), p.originalTermEnd())).toList(),
                        facts.contribution().requiredPostLevel(), facts.contribution().standardTenureYears()));
    }

    private DossierFacts dossierFacts() {
        if (dossier == null) {
            return null;
        }
        Dossier d = dossier;
        return DossierFacts.builder()
                .documents(d.documents())
                .minutesCarryVoteResults(Boolean.TRUE.equals(d.minutesCarryVoteResults()))
                .submissionDate(d.submissionDate())
                .quota(d.quota() == null ? null : new DossierFacts.Quota(d.quota().limit(), d.quota().used()))
                .window(d.window() == null ? null : new DossierFacts.Window(d.window().opens(), d.window().closes()))
                .deadline(d.deadline() == null ? null
                        : new DossierFacts.Deadline(Boolean.TRUE.equals(d.deadline().educationSector()),
                                d.deadline().eventDate()))
                .duplicates(d.duplicates() == null ? null : new DossierFacts.Duplicates(
                        d.duplicates().sameAchievement(), d.duplicates().samePersonAwardYear(),
                        d.duplicates().innovationsAlreadyUsed()))
                .authority(d.authority())
                .electronicFormats(d.electronicFormats())
                .stateSecret(Boolean.TRUE.equals(d.stateSecret()))
                .unitTitleCounts(d.unitTitleCounts() == null ? null
                        : new DossierFacts.UnitTitleCounts(d.unitTitleCounts().ldtt(), d.unitTitleCounts().cstdcs()))
                .clusterPathQuota(d.clusterPathQuota() == null ? null : new DossierFacts.ClusterPathQuota(
                        d.clusterPathQuota().leaders(), d.clusterPathQuota().proposals()))
                .complianceListsReceived(d.complianceListsReceived())
                .justificationProvided(Boolean.TRUE.equals(d.justificationProvided()))
                .build();
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items.stream().filter(java.util.Objects::nonNull).toList();
    }
}
