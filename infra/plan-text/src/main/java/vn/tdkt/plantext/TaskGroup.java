package vn.tdkt.plantext;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A group row of the appendix table ("I" / "Nhiệm vụ thực hiện trong quý I").
 *
 * @param numeral as written: "I", "II", …, "V"; empty when the table has no group rows
 * @param title   e.g. "Nhiệm vụ thực hiện trong quý I"
 * @param kind    quarter, ongoing or other
 * @param quarter 1–4 for {@link GroupKind#QUARTER}, otherwise null
 */
public record TaskGroup(String numeral, String title, GroupKind kind, Integer quarter) {

    static final TaskGroup NONE = new TaskGroup("", "", GroupKind.OTHER, null);

    private static final Pattern QUARTER = Pattern.compile("(?iu)\\bquý\\s+(IV|I{1,3}|[1-4])\\b");

    /** Classifies a group row by its title: "… trong quý III" is a quarter, "… thường xuyên …" ongoing. */
    static TaskGroup of(String numeral, String title) {
        String cleanTitle = title == null ? "" : title.strip();
        Matcher m = QUARTER.matcher(cleanTitle);
        if (m.find()) {
            int quarter = switch (m.group(1).toUpperCase(Locale.ROOT)) {
                case "I", "1" -> 1;
                case "II", "2" -> 2;
                case "III", "3" -> 3;
                default -> 4;
            };
            return new TaskGroup(numeral, cleanTitle, GroupKind.QUARTER, quarter);
        }
        if (VietnameseText.fold(cleanTitle).contains("thuong xuyen")) {
            return new TaskGroup(numeral, cleanTitle, GroupKind.ONGOING, null);
        }
        return new TaskGroup(numeral, cleanTitle, GroupKind.OTHER, null);
    }
}
