package vn.tdkt.reporting.statistics.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A circular that sets the statistical forms (TT 02/2023/TT-BNV, TT 18/2025/TT-BNV), with what is known of it.
 *
 * @param effectiveFrom null when not known (then the circular cannot be applied, only warned about)
 * @param formsKnown    its TĐKT forms are in the data
 */
public record Circular(String code, String number, String title, LocalDate signedOn, LocalDate effectiveFrom,
        LocalDate effectiveTo, boolean formsKnown, String citation, String verification, String issuedUnder,
        String dueText, String receivingUnit, DueDay due, PeriodRule period, List<FormDefinition> forms) {

    /** The day of the reporting year the forms are due ("15 tháng 12 năm báo cáo"). */
    public record DueDay(int month, int day) {
    }

    /** The reporting period of a year: for TĐKT from 01/12 of the previous year to 30/11 of the year. */
    public record PeriodRule(int fromMonth, int fromDay, boolean fromPreviousYear, int toMonth, int toDay) {
    }

    public Circular {
        forms = forms == null ? List.of() : List.copyOf(forms);
    }

    public LocalDate dueDate(int year) {
        return LocalDate.of(year, due.month(), due.day());
    }

    public LocalDate periodFrom(int year) {
        return LocalDate.of(period.fromPreviousYear() ? year - 1 : year, period.fromMonth(), period.fromDay());
    }

    public LocalDate periodTo(int year) {
        return LocalDate.of(year, period.toMonth(), period.toDay());
    }

    /** In force on the due date of {@code year}'s report. */
    public boolean appliesTo(int year) {
        if (!formsKnown || effectiveFrom == null || due == null) {
            return false;
        }
        LocalDate due = dueDate(year);
        return !effectiveFrom.isAfter(due) && (effectiveTo == null || effectiveTo.isAfter(due));
    }
}
