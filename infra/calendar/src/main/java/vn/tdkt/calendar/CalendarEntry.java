package vn.tdkt.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One exception to the Monday–Friday working week.
 *
 * @param date   the affected date
 * @param kind   what the entry does to that date
 * @param label  human-readable Vietnamese name, e.g. "Tết Nguyên đán Ất Tỵ (mùng 1 tháng Giêng)"
 * @param source the legal basis or decision the entry comes from (may be empty, then the year's source applies)
 */
public record CalendarEntry(LocalDate date, DayKind kind, String label, String source) {

    public CalendarEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        label = label == null ? "" : label.strip();
        source = source == null ? "" : source.strip();
        if (label.isEmpty()) {
            throw new IllegalArgumentException("Calendar entry on " + date + " has no label");
        }
    }
}
