package vn.tdkt.plantext;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * How often a duty recurs — the one recurrence vocabulary: the reader finds it in prose ({@link RecurringDuty}), the
 * task planner expands a period text that states it into a series of tasks ("Hàng quý" → 4 tasks due on each
 * quarter's last day, "Hàng tháng" → 12, "6 tháng một lần" → 2, on 30/6 and 31/12).
 */
@RequiredArgsConstructor
@Getter
public enum Recurrence {
    /** "hằng tháng", "hàng tháng", "mỗi tháng". */
    MONTHLY("Hằng tháng", 12),
    /** "hằng quý", "hàng quý", "mỗi quý". */
    QUARTERLY("Hằng quý", 4),
    /** "định kỳ 6 tháng", "6 tháng một lần". */
    SEMI_ANNUAL("Định kỳ 6 tháng", 2),
    /** "hằng năm", "hàng năm", "mỗi năm". */
    ANNUAL("Hằng năm", 1),
    /** "định kỳ báo cáo … theo quy định": a reporting duty whose rhythm is set elsewhere. */
    REPORT_OBLIGATION("Báo cáo định kỳ theo quy định", 1);

    private static final Pattern MONTHLY_TEXT = Pattern.compile("^(?:dinh ky )?(?:hang|moi) thang\\b.*");
    // "quý" (quarter) and "quy" (as in "theo quy định", as regulated) fold to the same letters
    private static final Pattern QUARTERLY_TEXT = Pattern.compile("^(?:dinh ky )?(?:hang|moi|theo) quy\\b(?! dinh).*");
    private static final Pattern SEMI_ANNUAL_TEXT =
            Pattern.compile("^(?:dinh ky |hang |moi )?(?:0?6|sau) thang(?: mot lan| 1 lan)?$");

    private final String label;
    /** How many tasks one year of it makes. */
    private final int occurrences;

    /** The series a period text states ("Hàng quý", "Định kỳ 6 tháng"), matched ignoring case and diacritics. */
    public static Optional<Recurrence> ofPeriodText(String periodText) {
        if (periodText == null || periodText.isBlank()) {
            return Optional.empty();
        }
        String folded = VietnameseText.fold(periodText).strip();
        if (MONTHLY_TEXT.matcher(folded).matches()) {
            return Optional.of(MONTHLY);
        }
        if (QUARTERLY_TEXT.matcher(folded).matches()) {
            return Optional.of(QUARTERLY);
        }
        if (SEMI_ANNUAL_TEXT.matcher(folded).matches()) {
            return Optional.of(SEMI_ANNUAL);
        }
        return Optional.empty();
    }

    /** The periods of the occurrences in a year, each named after the series: "Hàng quý (quý II/2025)". */
    public List<TaskPeriod> periods(String text, int year) {
        List<TaskPeriod> periods = new ArrayList<>();
        for (int i = 1; i <= occurrences; i++) {
            periods.add(switch (this) {
                case MONTHLY -> TaskPeriod.month(text + " (tháng " + i + "/" + year + ")", year, i);
                case QUARTERLY -> TaskPeriod.quarter(text + " (quý " + roman(i) + "/" + year + ")", year, i);
                case SEMI_ANNUAL -> TaskPeriod.range(text + " (" + (i == 1 ? "6 tháng đầu năm" : "6 tháng cuối năm")
                        + " " + year + ")", i == 1 ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 7, 1),
                        i == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31));
                case ANNUAL, REPORT_OBLIGATION -> TaskPeriod.range(text, LocalDate.of(year, 1, 1),
                        YearMonth.of(year, 12).atEndOfMonth());
            });
        }
        return periods;
    }

    /** A quarter as plans write it: I, II, III, IV. */
    public static String roman(int quarter) {
        return switch (quarter) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            default -> "IV";
        };
    }
}
