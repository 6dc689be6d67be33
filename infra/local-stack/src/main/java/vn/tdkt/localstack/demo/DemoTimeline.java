package vn.tdkt.localstack.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves the demo plan to today, so that the demo is alive: the plan's own years shift by whole years into the current
 * one, and then, if needed, every due date by the same few weeks so that some tasks fall due within the next two weeks
 * and some are a few days overdue.
 *
 * <p>Only the plan's own dates move. Legal bases and other documents keep their numbers and dates: "Nghị định số
 * 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023" stays as issued, and so do year ranges such as "2021-2025".
 */
public final class DemoTimeline {

    /** A year not part of a document symbol ({@code 98/2023/NĐ-CP}) or a range ({@code 2021-2025}). */
    private static final Pattern YEAR = Pattern.compile("(?<![\\d-])(?<!\\d\\s-\\s)((?:19|20)\\d{2})(?!\\s?-\\s?\\d)(?![\\d/]*/?[A-ZĐ])");
    private static final int DUE_SOON_DAYS = 14;
    private static final int MAX_WEEKS = 10;

    private DemoTimeline() {
    }

    /** How far the demo moves: whole years, then weeks. */
    public record Shift(int years, int weeks) {

        public LocalDate apply(LocalDate date) {
            return date.plusYears(years).plusWeeks(weeks);
        }
    }

    /** Years from the plan's year to today's. */
    public static int yearsToToday(int planYear, LocalDate today) {
        return today.getYear() - planYear;
    }

    /**
     * The plan text with its own years moved by {@code years}. Document numbers and year ranges keep theirs; in lines
     * citing documents ("Căn cứ …", "Nghị định số …") years before the plan's year are the documents' own dates and
     * stay, while the plan's year and later move.
     */
    public static String shiftYears(String text, int planYear, int years) {
        if (years == 0) {
            return text;
        }
        StringBuilder shifted = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            if (!shifted.isEmpty()) {
                shifted.append('\n');
            }
            shifted.append(shiftLine(line, years, isCitation(line) ? planYear : Integer.MIN_VALUE));
        }
        return shifted.toString();
    }

    private static boolean isCitation(String line) {
        String trimmed = line.strip();
        return trimmed.startsWith("Căn cứ") || trimmed.contains("Chỉ thị số") || trimmed.contains("Nghị định số")
                || trimmed.contains("Thông tư số");
    }

    private static String shiftLine(String line, int years, int fromYear) {
        Matcher matcher = YEAR.matcher(line);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            int year = Integer.parseInt(matcher.group(1));
            matcher.appendReplacement(out, Integer.toString(year >= fromYear ? year + years : year));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * The fewest weeks (0, then ±1, ±2, … up to ±10) to move every due date by so that some tasks fall due in the
     * next two weeks and, if the dates allow it too, some are 1–10 days overdue. A plan whose tasks fall due at month
     * ends cannot always have both (the loader then adds a unit's own plan dated from today).
     */
    public static int weeksForALiveDemo(List<LocalDate> dueDates, LocalDate today) {
        int best = 0;
        int bestScore = score(dueDates, today, 0);
        for (int step = 1; step <= MAX_WEEKS; step++) {
            for (int weeks : new int[] {-step, step}) {
                int score = score(dueDates, today, weeks);
                if (score > bestScore) {
                    best = weeks;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    /** 2 when some tasks fall due in the next two weeks, plus 1 when some are 1–10 days overdue. */
    static int score(List<LocalDate> dueDates, LocalDate today, int weeks) {
        boolean dueSoon = false;
        boolean justOverdue = false;
        for (LocalDate due : dueDates) {
            long days = ChronoUnit.DAYS.between(today, due.plusWeeks(weeks));
            dueSoon |= days >= 0 && days <= DUE_SOON_DAYS;
            justOverdue |= days < 0 && days >= -10;
        }
        return (dueSoon ? 2 : 0) + (justOverdue ? 1 : 0);
    }
}
