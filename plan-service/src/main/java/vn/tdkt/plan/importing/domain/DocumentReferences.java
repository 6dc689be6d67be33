package vn.tdkt.plan.importing.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds document numbers ("98/2023/NĐ-CP", "34-CT/TW") and Vietnamese dates in free text. */
final class DocumentReferences {

    /**
     * Number/[year/]symbol, symbol parts joined by '-': 01/KH-UBND, 98/2023/NĐ-CP, 19/CT-TTg, 06/2022/QH15,
     * 6150/TB-LĐTBXH; and the party style 34-CT/TW. Spaces around '-' inside the symbol are tolerated
     * because PDF extraction inserts them ("NĐ- CP").
     */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d/])(\\d{1,5}[a-zA-Z]?(?:/\\d{4})?/\\p{Lu}[\\p{L}\\d&]*(?:\\s?-\\s?\\p{Lu}[\\p{L}\\d&]*)*"
                    + "|\\d{1,5}-\\p{Lu}+/\\p{Lu}+)");
    private static final Pattern NUMBER_AFTER_SO = Pattern.compile("(?i)\\bsố\\s*:?\\s*" + NUMBER.pattern());
    private static final Pattern DATE_IN_WORDS = Pattern.compile(
            "(?i)ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})");
    private static final Pattern DATE_NUMERIC = Pattern.compile(
            "(?<![\\d/])(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})(?![\\d/])");
    private static final Pattern DOCUMENT_KIND = Pattern.compile(
            "^(Bộ luật|Luật|Nghị quyết liên tịch|Nghị quyết|Nghị định|Thông tư liên tịch|Thông tư|Quyết định|Chỉ thị|"
                    + "Kế hoạch|Công văn|Văn bản|Thông báo|Hướng dẫn|Chương trình|Kết luận|Quy định|Pháp lệnh|Hiến pháp)\\b");

    private DocumentReferences() {
    }

    /** The first document number, preferring one introduced by "số". Inner spaces are removed. */
    static Optional<String> documentNumber(String text) {
        Matcher afterSo = NUMBER_AFTER_SO.matcher(text);
        if (afterSo.find()) {
            return Optional.of(compact(afterSo.group(1)));
        }
        Matcher any = NUMBER.matcher(text);
        return any.find() ? Optional.of(compact(any.group(1))) : Optional.empty();
    }

    /** The first date written "ngày 15 tháng 6 năm 2022" or "31/12/2023", whichever comes first. */
    static Optional<LocalDate> firstDate(String text) {
        Matcher words = DATE_IN_WORDS.matcher(text);
        Matcher numeric = DATE_NUMERIC.matcher(text);
        boolean hasWords = words.find();
        boolean hasNumeric = numeric.find();
        try {
            if (hasWords && (!hasNumeric || words.start() <= numeric.start())) {
                return Optional.of(LocalDate.of(Integer.parseInt(words.group(3)),
                        Integer.parseInt(words.group(2)), Integer.parseInt(words.group(1))));
            }
            if (hasNumeric) {
                return Optional.of(LocalDate.of(Integer.parseInt(numeric.group(3)),
                        Integer.parseInt(numeric.group(2)), Integer.parseInt(numeric.group(1))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether a document number occurs in the text before the given index (cited titles). */
    static boolean hasNumberBefore(String text, int index) {
        Matcher m = NUMBER.matcher(text);
        return m.find() && m.start() < index;
    }

    /** The kind of a cited document, from its first words: "Luật", "Nghị định", "Thông tư"… */
    static Optional<String> documentKind(String text) {
        Matcher m = DOCUMENT_KIND.matcher(text.strip());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String compact(String number) {
        return number.replaceAll("\\s+", "");
    }
}
