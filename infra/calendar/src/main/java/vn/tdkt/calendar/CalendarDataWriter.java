package vn.tdkt.calendar;

import java.util.List;

/**
 * Writes a {@link CalendarYear} in the text format read by {@link CalendarDataParser}, so that a
 * projected or edited year can be stored (database, override directory) and read back unchanged.
 */
public final class CalendarDataWriter {

    /** Formats the year; {@code comments} are written first as '#' lines (e.g. what was assumed). */
    public String format(CalendarYear year, List<String> comments) {
        StringBuilder out = new StringBuilder();
        for (String comment : comments) {
            out.append("# ").append(comment).append('\n');
        }
        out.append("@year;").append(year.year()).append('\n');
        out.append("@status;").append(year.status().name()).append('\n');
        for (String source : year.sources()) {
            out.append("@source;").append(clean(source)).append('\n');
        }
        for (CalendarEntry entry : year.entries()) {
            out.append(entry.date()).append(';')
                    .append(entry.kind().name()).append(';')
                    .append(clean(entry.label()));
            if (!entry.source().isEmpty()) {
                out.append(';').append(clean(entry.source()));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** ';' is the field separator and line breaks end a record, so neither may leak from free text. */
    private static String clean(String text) {
        return text.replace(';', ',').replace('\n', ' ').replace('\r', ' ');
    }
}
