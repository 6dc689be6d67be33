package vn.tdkt.nomination.dossier.web;

import io.swagger.v3.oas.annotations.media.Schema;
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
 *
 * @param unitCode       the proposing unit (Sở Nội vụ officers only; a unit officer's dossier is their unit's)
 * @param batchId        an open batch of the same unit to join
 * @param subject        who is proposed: a person, a collective or a household
 * @param proposal       the award proposed, and for which year
 * @param achievement    what the proposal rests on
 * @param declaredAwards awards the subject already received, as the unit declares them
 */
public record DossierRequest(
        @Pattern(regexp = "[A-Z0-9_]{2,32}") @Schema(example = "SGDDT") String unitCode,
        @Size(max = 64) String batchId,
        @NotNull @Valid SubjectBody subject,
        @NotNull @Valid ProposalBody proposal,
        @NotNull @Valid AchievementBody achievement,
        @Size(max = 50) List<@Valid DeclaredAwardBody> declaredAwards) {

    /**
     * Who is proposed.
     *
     * @param type        a person, a collective or a household
     * @param name        the person's full name, the collective's name or the household's head
     * @param unitCode    the unit the person or collective belongs to; the proposing unit by default
     * @param dateOfBirth a person's date of birth (required for a person)
     * @param gender      a person's gender (required for a person)
     * @param position    a person's position (required for a person)
     * @param nationalId  a person's 12-digit national ID (số định danh cá nhân), when known
     * @param members     a collective's member counts (required for a collective)
     * @param address     a household's address (required for a household)
     */
    public record SubjectBody(
            @NotNull @Schema(example = "INDIVIDUAL") SubjectType type,
            @NotBlank @Size(max = 300) @Schema(example = "Nguyễn Thị Hoa") String name,
            @Pattern(regexp = "[A-Z0-9_]{2,32}") String unitCode,
            @Schema(example = "1985-03-02") LocalDate dateOfBirth,
            @Schema(example = "FEMALE") Gender gender,
            @Size(max = 300) @Schema(example = "Giáo viên, Trường THPT Chiềng Sinh") String position,
            @Size(max = 20) @Schema(example = "014185000123") String nationalId,
            @Valid MembersBody members,
            @Size(max = 500) String address) {
    }

    /**
     * A collective's member counts, which the collective titles' rules read.
     *
     * @param members                   all members
     * @param women                     women among them
     * @param ldtt                      members rated Lao động tiên tiến this year
     * @param cstdcs                    members holding Chiến sĩ thi đua cơ sở this year
     * @param lowestGrade               the lowest rating of a member this year
     * @param disciplinedWarningOrAbove members disciplined with a warning (cảnh cáo) or more this year
     * @param clusterCriteriaConfirmed  for a Cờ thi đua: whether the cụm/khối's year-end review confirmed the
     *                                  qualitative criteria (R-COT-01); the rank comes from the cluster's ranking
     */
    public record MembersBody(@Min(1) @Schema(example = "42") int members, @Min(0) @Schema(example = "30") int women,
            @Min(0) @Schema(example = "40") int ldtt, @Min(0) @Schema(example = "6") int cstdcs,
            @Pattern(regexp = "HTXSNV|HTTNV|HTNV|KHTNV") @Schema(example = "HTNV") String lowestGrade,
            @Min(0) @Schema(example = "0") int disciplinedWarningOrAbove,
            @Schema(example = "true") Boolean clusterCriteriaConfirmed) {
    }

    /**
     * The award proposed.
     *
     * @param awardCode  an award of the catalogue in force ({@code GET /api/v1/awards}) that fits the subject
     * @param year       the year of the achievement
     * @param movementId the emulation movement the proposal belongs to, if any
     */
    public record ProposalBody(
            @NotBlank @Size(max = 50) @Schema(example = "CSTDCS") String awardCode,
            @NotNull @Min(Proposal.MIN_YEAR) @Max(Proposal.MAX_YEAR) @Schema(example = "2025") Integer year,
            @Size(max = 64) String movementId) {
    }

    /**
     * What the proposal rests on.
     *
     * @param summary       the achievement in a few sentences
     * @param achievementId the decision or record that states it; one achievement backs one proposal (R-GEN-01)
     * @param periodFrom    the first day of the period it covers
     * @param periodTo      the last day of that period
     * @param innovationIds the recognised innovations it rests on; each is used once (R-GEN-02)
     */
    public record AchievementBody(
            @NotBlank @Size(max = 10_000) @Schema(example = "Hoàn thành xuất sắc nhiệm vụ năm học 2024-2025; "
                    + "sáng kiến cấp cơ sở được công nhận") String summary,
            @Size(max = 100) @Schema(example = "QD-12/2025") String achievementId,
            @Schema(example = "2024-09-05") LocalDate periodFrom,
            @Schema(example = "2025-05-31") LocalDate periodTo,
            @Size(max = 20) List<@NotBlank @Size(max = 64) String> innovationIds) {
    }

    /**
     * An award the subject already received, as declared (marked "declared" until the award register exists).
     *
     * @param awardCode   the award's code
     * @param year        the year it was for
     * @param type        the kind of commendation
     * @param decisionRef the decision's number and date
     */
    public record DeclaredAwardBody(
            @NotBlank @Size(max = 50) @Schema(example = "LDTT") String awardCode,
            @Min(Proposal.MIN_YEAR) @Max(Proposal.MAX_YEAR) @Schema(example = "2024") int year,
            @NotNull @Schema(example = "PERIODIC") CommendationType type,
            @Size(max = 100) @Schema(example = "Quyết định số 215/QĐ-SGDĐT ngày 20/8/2024") String decisionRef) {
    }

    DossierContent content() {
        MemberCounts members = subject.members() == null ? null : new MemberCounts(subject.members().members(),
                subject.members().women(), subject.members().ldtt(), subject.members().cstdcs(),
                subject.members().lowestGrade(), subject.members().disciplinedWarningOrAbove(),
                subject.members().clusterCriteriaConfirmed());
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
