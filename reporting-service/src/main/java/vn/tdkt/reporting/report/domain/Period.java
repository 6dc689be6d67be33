package vn.tdkt.reporting.report.domain;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdkt.platform.domain.DomainException;

/**
 * A reporting period as the events carry it: {@code 2026} (a year), {@code 2026-H1} (a half), {@code 2026-Q3} (a
 * quarter) or {@code 2026-06} (a month).
 */
public record Period(String value, int year) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?");

    public static Period parse(String text) {
        Matcher matcher = text == null ? null : FORMAT.matcher(text.trim());
        if (matcher == null || !matcher.matches()) {
            throw DomainException.invalid("report.period-invalid", text);
        }
        return new Period(text.trim(), Integer.parseInt(matcher.group(1)));
    }

    /** The period's first day: 1 January, 1 July for {@code H2}, the quarter's or the month's first day. */
    public LocalDate start() {
        String part = value.length() > 4 ? value.substring(5) : "";
        if (part.isEmpty()) {
            return LocalDate.of(year, 1, 1);
        }
        return switch (part.charAt(0)) {
            case 'H' -> LocalDate.of(year, part.equals("H1") ? 1 : 7, 1);
            case 'Q' -> LocalDate.of(year, (part.charAt(1) - '1') * 3 + 1, 1);
            default -> LocalDate.of(year, Integer.parseInt(part), 1);
        };
    }

    /** The quarter a date falls in, e.g. {@code 2026-Q2}: the period of a plan task's report. */
    public static Period quarterOf(LocalDate date) {
        return new Period(date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1), date.getYear());
    }

    public static Period year(int year) {
        return new Period(Integer.toString(year), year);
    }
}
