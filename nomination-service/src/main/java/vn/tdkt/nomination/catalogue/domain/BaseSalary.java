package vn.tdkt.nomination.catalogue.domain;

import java.time.LocalDate;

/**
 * The national base salary (mức lương cơ sở) from a date, in đồng per month, with the decree that set it
 * (R-MONEY-01).
 */
public record BaseSalary(LocalDate effectiveFrom, long amount, String citation, String confidence, String note) {
}
