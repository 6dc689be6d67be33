package vn.tdkt.nomination.rules.domain;

import java.time.LocalDate;
import java.util.Objects;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.catalogue.domain.CommendationType;

/** What is proposed: an award for a kind of subject, for an achievement year, decided on a date. */
public record Proposal(String awardCode, SubjectType subjectType, int year, LocalDate decisionDate,
        CommendationType type) {

    public Proposal {
        Objects.requireNonNull(awardCode, "awardCode");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(decisionDate, "decisionDate");
        type = type == null ? CommendationType.PERIODIC : type;
    }
}
