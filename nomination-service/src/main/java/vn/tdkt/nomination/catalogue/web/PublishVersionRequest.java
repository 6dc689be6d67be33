package vn.tdkt.nomination.catalogue.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.catalogue.domain.AwardForm;
import vn.tdkt.nomination.catalogue.domain.AwardKind;
import vn.tdkt.nomination.catalogue.domain.CommendationType;
import vn.tdkt.nomination.catalogue.domain.DecisionLevel;
import vn.tdkt.nomination.catalogue.domain.DocumentKind;
import vn.tdkt.nomination.catalogue.domain.PublicNotice;
import vn.tdkt.nomination.catalogue.domain.RequiredDocument;
import vn.tdkt.nomination.catalogue.domain.VoteRequirement;
import vn.tdkt.platform.domain.DomainException;

/**
 * A new catalogue version: the complete list of awards in force from {@code effectiveFrom} (the same shape as the
 * bundled files, {@code catalogue/2025-07-01.yaml}).
 *
 * @param effectiveFrom the first day the version is in force: after today and after the latest version
 * @param note          what changed, and why
 * @param citations     the legal texts the version follows
 * @param awards        every award in force from that day, not only the changed ones
 */
public record PublishVersionRequest(@NotNull @Schema(example = "2027-01-01") LocalDate effectiveFrom,
        @Schema(example = "Điều chỉnh theo Nghị định sửa đổi, bổ sung Nghị định 152/2025/NĐ-CP") String note,
        List<String> citations,
        @NotEmpty @Valid List<AwardRequest> awards) {

    public record AwardRequest(@NotBlank String code, @NotBlank String name, String nameEn, @NotNull AwardKind kind,
            @NotNull DecisionLevel decidingLevel, String decider, @NotEmpty Set<SubjectType> subjectTypes,
            VoteRequest vote, NoticeRequest publicNotice, @Valid List<DocumentRequest> requiredDocuments,
            Map<SubjectType, BigDecimal> rewardCoefficients, List<String> citations, String rewardCitation) {
    }

    public record VoteRequest(Boolean required, BigDecimal threshold, String citation, String confidence) {
    }

    public record NoticeRequest(Boolean required, Integer workingDays, String citation, String confidence) {
    }

    public record DocumentRequest(@NotEmpty Set<DocumentKind> anyOf, @NotBlank String rule,
            Set<CommendationType> types) {
    }

    /** The awards as catalogue entries; an inconsistent entry is a 400 naming it. */
    List<AwardForm> awardForms() {
        List<AwardForm> forms = new ArrayList<>();
        for (int i = 0; i < awards.size(); i++) {
            AwardRequest a = awards.get(i);
            try {
                forms.add(new AwardForm(a.code(), a.name(), a.nameEn(), a.kind(), a.decidingLevel(), a.decider(),
                        a.subjectTypes(),
                        a.vote() == null ? null : new VoteRequirement(Boolean.TRUE.equals(a.vote().required()), a.vote().threshold(),
                                a.vote().citation(), a.vote().confidence()),
                        a.publicNotice() == null ? null : new PublicNotice(Boolean.TRUE.equals(a.publicNotice().required()),
                                a.publicNotice().workingDays(), a.publicNotice().citation(),
                                a.publicNotice().confidence()),
                        a.requiredDocuments() == null ? null : a.requiredDocuments().stream()
                                .map(d -> new RequiredDocument(d.anyOf(), d.rule(), d.types())).toList(),
                        a.rewardCoefficients(), a.citations(), a.rewardCitation()));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw DomainException.invalid("catalogue.award-invalid", "awards[" + i + "]", a.code(),
                        e.getMessage());
            }
        }
        return forms;
    }
}
