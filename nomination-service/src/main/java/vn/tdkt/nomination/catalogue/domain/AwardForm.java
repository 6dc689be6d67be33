package vn.tdkt.nomination.catalogue.domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import vn.tdkt.contracts.nomination.SubjectType;

/**
 * One entry of the award catalogue: an emulation title or a commendation form, with the kinds of subject
 * (individual, collective, household) it may be proposed for.
 */
public record AwardForm(String code, String name, AwardKind kind, DecisionLevel decisionLevel,
        Set<SubjectType> subjectTypes) {

    public AwardForm {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(decisionLevel, "decisionLevel");
        if (subjectTypes == null || subjectTypes.isEmpty()) {
            throw new IllegalArgumentException("award " + code + " applies to no subject type");
        }
        subjectTypes = Set.copyOf(EnumSet.copyOf(subjectTypes));
    }

    public boolean appliesTo(SubjectType subjectType) {
        return subjectTypes.contains(subjectType);
    }
}
