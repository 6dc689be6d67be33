package vn.tdkt.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads one year of calendar data from a line-oriented text format.
 *
 * <p>The format is deliberately plain so that an officer can correct a year (e.g. when the Government
 * announces a swap in April) without a release: the application layer can feed this parser from a
 * database column or a directory of override files, since it accepts any {@link Reader}.
 *
 * <pre>
 * # comment (also allowed after data, on its own line)
 * &#64;year;2025
 * &#64;status;OFFICIAL                      (OFFICIAL or PROJECTED)
 * &#64;source;Thông báo 6150/TB-LĐTBXH      (one or more)
 * 2025-01-01;HOLIDAY;Tết Dương lịch;Bộ luật Lao động 2019, Điều 112
 * 02/05/2025;SWAPPED_DAY_OFF;Nghỉ hoán đổi dịp 30/4–1/5
 * </pre>
 *
 * Data lines are {@code date;kind;label[;source]}; the date is ISO ({@code yyyy-MM-dd}) or
 * {@code dd/MM/yyyy}; the kind is a {@link DayKind} name; labels and sources cannot contain ';'.
 */
public final class CalendarDataParser {

    private static final DateTimeFormatter VIETNAMESE_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** Parses one year; the reader is consumed but not closed. */
    public CalendarYear parse(Reader reader) {
        Integer year = null;
        DataStatus status = null;
        List<String> sources = new ArrayList<>();
        List<PendingEntry> pending = new ArrayList<>();
        BufferedReader lines = reader instanceof BufferedReader br ? br : new BufferedReader(reader);
        int lineNumber = 0;
        try {
            String raw;
            while ((raw = lines.readLine()) != null) {
                lineNumber++;
                String line = Normalizer.normalize(stripBom(raw, lineNumber), Normalizer.Form.NFC).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split(";", -1);
                if (line.startsWith("@")) {
                    String directive = fields[0].substring(1).strip().toLowerCase(Locale.ROOT);
                    String value = fields.length > 1 ? line.substring(line.indexOf(';') + 1).strip() : "";
                    if (value.isEmpty()) {
                        throw new CalendarDataException(lineNumber, "directive @" + directive + " has no value");
                    }
                    switch (directive) {
                        case "year" -> year = parseYear(value, lineNumber);
                        case "status" -> status = parseStatus(value, lineNumber);
                        case "source" -> sources.add(value);
                        default -> throw new CalendarDataException(lineNumber, "unknown directive @" + directive);
                    }
                    continue;
                }
                if (fields.length < 3 || fields.length > 4) {
                    throw new CalendarDataException(lineNumber,
                            "expected date;kind;label[;source] but found " + fields.length + " field(s)");
                }
                LocalDate date = parseDate(fields[0].strip(), lineNumber);
                DayKind kind = parseKind(fields[1].strip(), lineNumber);
                String label = fields[2].strip();
                if (label.isEmpty()) {
                    throw new CalendarDataException(lineNumber, "label is empty");
                }
                String source = fields.length == 4 ? fields[3].strip() : "";
                pending.add(new PendingEntry(lineNumber, new CalendarEntry(date, kind, label, source)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read calendar data", e);
        }
        if (year == null) {
            throw new CalendarDataException(0, "missing @year directive");
        }
        if (status == null) {
            throw new CalendarDataException(0, "missing @status directive (OFFICIAL or PROJECTED)");
        }
        if (sources.isEmpty()) {
            throw new CalendarDataException(0, "missing @source directive: every year must name its legal basis");
        }
        List<CalendarEntry> entries = new ArrayList<>();
        for (PendingEntry entry : pending) {
            if (entry.entry().date().getYear() != year) {
                throw new CalendarDataException(entry.lineNumber(),
                        "date " + entry.entry().date() + " is outside @year " + year);
            }
            entries.add(entry.entry());
        }
        try {
            return new CalendarYear(year, status, sources, entries);
        } catch (IllegalArgumentException e) {
            throw new CalendarDataException(0, e.getMessage(), e);
        }
    }

    /** Convenience for data held as a string (e.g. a database column). */
    public CalendarYear parse(String text) {
        return parse(new StringReader(text));
    }

    private static String stripBom(String line, int lineNumber) {
        return lineNumber == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static int parseYear(String value, int lineNumber) {
        try {
            int year = Integer.parseInt(value);
            if (year < 1900 || year > 2199) {
                throw new CalendarDataException(lineNumber, "year " + year + " is out of range 1900–2199");
            }
            return year;
        } catch (NumberFormatException e) {
            throw new CalendarDataException(lineNumber, "year '" + value + "' is not a number", e);
        }
    }

    private static DataStatus parseStatus(String value, int lineNumber) {
        try {
            return DataStatus.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CalendarDataException(lineNumber, "status '" + value + "' is not OFFICIAL or PROJECTED", e);
        }
    }

    private static DayKind parseKind(String value, int lineNumber) {
        try {
            return DayKind.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CalendarDataException(lineNumber, "unknown day kind '" + value + "'", e);
        }
    }

    private static LocalDate parseDate(String value, int lineNumber) {
        try {
            return value.contains("/") ? LocalDate.parse(value, VIETNAMESE_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CalendarDataException(lineNumber, "invalid date '" + value + "'", e);
        }
    }

    private record PendingEntry(int lineNumber, CalendarEntry entry) {
    }
}
