package vn.tdkt.nomination.catalogue.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.tdkt.contracts.nomination.SubjectType;

/**
 * One entry of the award catalogue: an emulation title or a commendation form, with the kinds of subject
 * (individual, collective, household) it may be proposed for, who decides it, whether the council votes
 * (R-VOTE-01/02), the documents its dossier needs (R-DOS-01..04), whether it is published for comment (R-PUB-01),
 * its reward coefficients (R-MONEY-01) and the legal texts all this comes from.
 *
 * @param nameEn             English name, for answers in English
 * @param decider            who decides a FORWARDED award (Thủ tướng, Chủ tịch nước), else {@code null}
 * @param rewardCoefficients × base salary, per subject type
 * @param rewardCitation     the legal text the coefficients come from, shown beside every reward amount
 */
public record AwardForm(String code, String name, String nameEn, AwardKind kind, DecisionLevel decisionLevel,
        String decider, Set<SubjectType> subjectTypes, VoteRequirement vote, PublicNotice publicNotice,
        List<RequiredDocument> requiredDocuments, Map<SubjectType, BigDecimal> rewardCoefficients,
        List<String> citations, String rewardCitation) {

    public AwardForm {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(decisionLevel, "decisionLevel");
        if (subjectTypes == null || subjectTypes.isEmpty()) {
            throw new IllegalArgumentException("award " + code + " applies to no subject type");
        }
        subjectTypes = Set.copyOf(EnumSet.copyOf(subjectTypes));
        nameEn = nameEn == null ? name : nameEn;
        vote = vote == null ? VoteRequirement.NONE : vote;
        publicNotice = publicNotice == null ? PublicNotice.NONE : publicNotice;
        requiredDocuments = requiredDocuments == null ? List.of() : List.copyOf(requiredDocuments);
        rewardCoefficients = rewardCoefficients == null || rewardCoefficients.isEmpty() ? Map.of()
                : Map.copyOf(new EnumMap<>(rewardCoefficients));
        for (SubjectType type : rewardCoefficients.keySet()) {
            if (!subjectTypes.contains(type)) {
                throw new IllegalArgumentException("award " + code + " has a coefficient for " + type
                        + ", which it does not apply to");
            }
        }
        citations = citations == null ? List.of() : List.copyOf(citations);
    }

    /** An award whose coefficients name no citation of their own. */
    public AwardForm(String code, String name, String nameEn, AwardKind kind, DecisionLevel decisionLevel,
            String decider, Set<SubjectType> subjectTypes, VoteRequirement vote, PublicNotice publicNotice,
            List<RequiredDocument> requiredDocuments, Map<SubjectType, BigDecimal> rewardCoefficients,
            List<String> citations) {
        this(code, name, nameEn, kind, decisionLevel, decider, subjectTypes, vote, publicNotice, requiredDocuments,
                rewardCoefficients, citations, null);
    }

    /** An award with no vote, notice, documents, coefficients or citations (tests and minimal catalogues). */
    public AwardForm(String code, String name, AwardKind kind, DecisionLevel decisionLevel,
            Set<SubjectType> subjectTypes) {
        this(code, name, null, kind, decisionLevel, null, subjectTypes, null, null, null, null, null, null);
    }

    public boolean appliesTo(SubjectType subjectType) {
        return subjectTypes.contains(subjectType);
    }

    /** The reward coefficient for this kind of subject, if the catalogue gives one (R-MONEY-01). */
    public Optional<BigDecimal> coefficientFor(SubjectType subjectType) {
        return Optional.ofNullable(rewardCoefficients.get(subjectType));
    }

    /** The documents a dossier of this award and proposal type needs under {@code rule}. */
    public List<RequiredDocument> documentsRequiredBy(String rule, CommendationType type) {
        return requiredDocuments.stream().filter(d -> d.rule().equals(rule) && d.appliesTo(type)).toList();
    }
}
