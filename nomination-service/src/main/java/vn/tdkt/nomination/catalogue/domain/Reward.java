package vn.tdkt.nomination.catalogue.domain;

import java.math.BigDecimal;
import java.util.Objects;
import vn.tdkt.contracts.nomination.SubjectType;

/**
 * The reward money for one award decided on one day, with where each factor comes from (R-MONEY-01): the award's
 * coefficient for the kind of subject in the catalogue in force that day (households already 1.5 × the individual
 * coefficient there) × the base salary in force that day, rounded to the đồng.
 *
 * @param coefficientCitation the legal text of the coefficient (the award's {@code rewardCitation})
 * @param catalogueVersion    the catalogue version the coefficient was read from
 */
public record Reward(String awardCode, SubjectType subjectType, BigDecimal coefficient, BaseSalary baseSalary,
        long amount, String coefficientCitation, String catalogueVersion) {

    public Reward {
        Objects.requireNonNull(awardCode, "awardCode");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(coefficient, "coefficient");
        Objects.requireNonNull(baseSalary, "baseSalary");
    }
}
