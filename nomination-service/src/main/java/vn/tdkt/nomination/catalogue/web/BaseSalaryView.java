package vn.tdkt.nomination.catalogue.web;

import java.time.LocalDate;
import vn.tdkt.nomination.catalogue.domain.BaseSalary;

/** The base salary in force on a date, in đồng per month, with its decree. */
public record BaseSalaryView(LocalDate effectiveFrom, long amount, String citation, String confidence) {

    static BaseSalaryView of(BaseSalary salary) {
        return new BaseSalaryView(salary.effectiveFrom(), salary.amount(), salary.citation(), salary.confidence());
    }
}
