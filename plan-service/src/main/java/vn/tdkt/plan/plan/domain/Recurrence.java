package vn.tdkt.plan.plan.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.tdkt.plan.task.domain.PeriodKind;
import vn.tdkt.platform.text.TextNormalizer;
import vn.tdkt.plan.task.domain.TaskPeriod;

/**
 * Recurring duties written in prose: "Hàng quý" → 4 tasks (one per quarter, due on the quarter's last day),
 * "6 tháng" / "định kỳ 6 tháng" → 2 tasks (30/6 and 31/12), "Hàng tháng" → 12 tasks (last day of each month).
 */
public enum Recurrence {
    MONTHLY(12, "Hàng tháng"),
    QUARTERLY(4, "Hàng quý"),
    SEMI_ANNUAL(2, "6 tháng một lần");

    private static final Pattern MONTHLY_TEXT = Pattern.compile("^(?:dinh ky )?(?:hang|moi) thang\\b.*");
    // "quý" (quarter) and "quy" (as in "theo quy định", as regulated) fold to the same letters
    private static final Pattern QUARTERLY_TEXT = Pattern.compile("^(?:dinh ky )?(?:hang|moi|theo) quy\\b(?! dinh).*");
    private static final Pattern SEMI_ANNUAL_TEXT = Pattern.compile("^(?:dinh ky |hang |moi )?(?:0?6|sau) thang(?: mot lan| 1 lan)?$");

    private final int occurrences;
    private final String label;

    Recurrence(int occurrences, String label) {
        this.occurrences = occurrences;
        this.label = label;
    }

    public String label() {
        return label;
    }

    public int occurrences() {
        return occurrences;
    }

    /** The recurrence a period text states, if any (matching ignores case and diacritics). */
    public static java.util.Optional<Recurrence> detect(String periodText) {
        if (periodText == null || periodText.isBlank()) {
            return java.util.Optional.empty();
        }
        String folded = TextNormalizer.fold(periodText).toLowerCase(Locale.ROOT).strip();
        if (MONTHLY_TEXT.matcher(folded).matches()) {
            return java.util.Optional.of(MONTHLY);
        }
        if (QUARTERLY_TEXT.matcher(folded).matches()) {
            return java.util.Optional.of(QUARTERLY);
        }
        if (SEMI_ANNUAL_TEXT.matcher(folded).matches()) {
            return java.util.Optional.of(SEMI_ANNUAL);
        }
        return java.util.Optional.empty();
    }

    /** The periods of the occurrences in a year. */
    public List<TaskPeriod> periods(String text, int year) {
        List<TaskPeriod> periods = new ArrayList<>();
        for (int i = 1; i <= occurrences; i++) {
            periods.add(switch (this) {
                case MONTHLY -> new TaskPeriod(text + " (tháng " + i + "/" + year + ")", PeriodKind.MONTH,
                        YearMonth.of(year, i).atEndOfMonth(), "Ngày cuối tháng");
                case QUARTERLY -> new TaskPeriod(text + " (quý " + roman(i) + "/" + year + ")", PeriodKind.QUARTER,
                        YearMonth.of(year, i * 3).atEndOfMonth(), "Ngày cuối quý");
                case SEMI_ANNUAL -> new TaskPeriod(text + " (" + (i == 1 ? "6 tháng đầu năm" : "6 tháng cuối năm") + " "
                        + year + ")", PeriodKind.DATE_RANGE, i == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31),
                        "Ngày cuối khoảng thời gian");
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
