package vn.tdkt.nomination.register.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import vn.tdkt.nomination.catalogue.domain.Reward;

/**
 * The reward money of an award and where it comes from (R-MONEY-01): coefficient × the base salary in force on the
 * decision date, households already at 1.5 × in the catalogue's coefficient.
 *
 * @param coefficientCitation the legal text of the coefficient
 * @param baseSalaryFrom      when that base salary took effect
 * @param baseSalaryCitation  the decree that set it
 * @param catalogueVersion    the catalogue version the coefficient was read from
 */
public record RewardMoney(BigDecimal coefficient, String coefficientCitation, long baseSalary,
        LocalDate baseSalaryFrom, String baseSalaryCitation, long amount, String catalogueVersion) {

    public RewardMoney {
        Objects.requireNonNull(coefficient, "coefficient");
        if (amount < 0 || baseSalary < 0) {
            throw new IllegalArgumentException("money is never negative");
        }
    }

    public static RewardMoney of(Reward reward) {
        return new RewardMoney(reward.coefficient(), reward.coefficientCitation(), reward.baseSalary().amount(),
                reward.baseSalary().effectiveFrom(), reward.baseSalary().citation(), reward.amount(),
                reward.catalogueVersion());
    }
}
