package vn.tdkt.nomination.catalogue.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.tdkt.platform.domain.DomainException;

/** The base salary over time; each amount holds until the next one's effective date. */
public final class BaseSalaryTable {

    private final List<BaseSalary> entries;

    public BaseSalaryTable(List<BaseSalary> entries) {
        List<BaseSalary> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(BaseSalary::effectiveFrom));
        this.entries = List.copyOf(sorted);
    }

    /**
     * The base salary in force on {@code date}.
     *
     * @throws DomainException INVALID {@code base-salary.none-in-force} before the first entry
     */
    public BaseSalary on(LocalDate date) {
        BaseSalary found = null;
        for (BaseSalary entry : entries) {
            if (!entry.effectiveFrom().isAfter(date)) {
                found = entry;
            }
        }
        if (found == null) {
            throw DomainException.invalid("base-salary.none-in-force", date);
        }
        return found;
    }

    /** Coefficient × the base salary on {@code date}, rounded to the đồng (R-MONEY-01). */
    public long rewardOn(LocalDate date, BigDecimal coefficient) {
        return coefficient.multiply(BigDecimal.valueOf(on(date).amount())).setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    public List<BaseSalary> entries() {
        return entries;
    }
}
