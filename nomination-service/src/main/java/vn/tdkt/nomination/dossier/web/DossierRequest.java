package vn.tdkt.nomination.dossier.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.catalogue.domain.CommendationType;
import vn.tdkt.nomination.dossier.domain.Achievement;
import vn.tdkt.nomination.dossier.domain.DeclaredAward;
import vn.tdkt.nomination.dossier.domain.DossierContent;
import vn.tdkt.nomination.dossier.domain.Gender;
import vn.tdkt.nomination.dossier.domain.MemberCounts;
import vn.tdkt.nomination.dossier.domain.Proposal;
import vn.tdkt.nomination.dossier.domain.Subject;

/**
 * Body of POST (create a draft) and PUT (revise). {@code unitCode} and {@code batchId} are read only on POST;
 * {@code unitCode} only from Sở Nội vụ officers (a unit officer's dossier belongs to the officer's unit).
 */
public record DossierRequest(
        @Pattern(regexp = "[A-Z0-9_]{2,32}") String unitCode,
        @Size(max = 64) String batchId,
        @NotNull @Valid SubjectBody subject,
        @NotNull @Valid ProposalBody proposal,
        @NotNull @Valid AchievementBody achievement,
        @Size(max = 50) List<@Valid DeclaredAwardBody> declaredAwards) {

    public record SubjectBody(
            @NotNull SubjectType type,
            @NotBlank @Size(max = 300) String name,
            @Pattern(regexp = "[A-Z0-9_]{2,32}") String unitCode,
            LocalDate dateOfBirth,
            Gender gender,
            @Size(max = 300) String position,
            @Size(max = 20) String nationalId,
            @Valid MembersBody members,
            @Size(max = 500) String address) {
    }

    public record MembersBody(@Min(1) int members, @Min(0) int women, @Min(0) int ldtt, @Min(0) int cstdcs,
            @Pattern(regexp = "HTXSNV|HTTNV|HTNV|KHTNV") String lowestGrade, @Min(0) int disciplinedWarningOrAbove) {
    }

    public record ProposalBody(
            @NotBlank @Size(max = 50) String awardCode,
            @NotNull @Min(Proposal.MIN_YEAR) @Max(Proposal.MAX_YEAR) Integer year,
            @Size(max = 64) String movementId) {
    }

    public record AchievementBody(
            @NotBlank @Size(max = 10_000) String summary,
            @Size(max = 100) String achievementId,
            LocalDate periodFrom,
            LocalDate periodTo,
            @Size(max = 20) List<@NotBlank @Size(max = 64) String> innovationIds) {
    }

    public record DeclaredAwardBody(
            @NotBlank @Size(max = 50) String awardCode,
            @Min(Proposal.MIN_YEAR) @Max(Proposal.MAX_YEAR) int year,
            @NotNull CommendationType type,
            @Size(max = 100) String decisionRef) {
    }

    DossierContent content() {
        MemberCounts members = subject.members() == null ? null : new MemberCounts(subject.members().members(),
                subject.members().women(), subject.members().ldtt(), subject.members().cstdcs(),
                subject.members().lowestGrade(), subject.members().disciplinedWarningOrAbove());
        Subject s = new Subject(subject.type(), subject.name(), null, subject.unitCode(), subject.dateOfBirth(),
                subject.gender(), subject.position(), subject.nationalId(), members, subject.address());
        Proposal p = new Proposal(proposal.awardCode(), null, proposal.year(), proposal.movementId());
        Achievement a = new Achievement(achievement.summary(), achievement.achievementId(), achievement.periodFrom(),
                achievement.periodTo(), achievement.innovationIds());
        List<DeclaredAward> declared = declaredAwards == null ? List.of() : declaredAwards.stream()
                .map(d -> new DeclaredAward(d.awardCode(), d.year(), d.type(), d.decisionRef())).toList();
        return new DossierContent(s, p, a, declared);
    }
}
