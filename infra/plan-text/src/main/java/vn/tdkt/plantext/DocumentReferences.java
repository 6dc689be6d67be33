package vn.tdkt.plantext;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /** "Nghị định số", "Chỉ thị", "Kế hoạch số:" right before a number names its kind. */
    private static final Pattern KIND_BEFORE = Pattern.compile(
            "(?iu)(Bộ luật|Luật|Nghị quyết liên tịch|Nghị quyết|Nghị định|Thông tư liên tịch|Thông tư|Quyết định|Chỉ thị|"
                    + "Kế hoạch|Công văn|Văn bản|Thông báo|Hướng dẫn|Chương trình|Kết luận|Quy định|Pháp lệnh)"
                    + "(?:\\s+số)?\\s*:?\\s*$");
    private static final Pattern DATE_AFTER = Pattern.compile(
            "(?iu)^\\s*,?\\s*(?:ban hành\\s+)?ngày\\s+(\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}|\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{4})");
    /** "của Chính phủ quy định …": the issuer runs to a verb or preposition that starts the title, or to punctuation. */
    private static final Pattern ISSUER_AFTER = Pattern.compile(
            "(?iu)^\\s*,?\\s*của\\s+(.+?)(?=\\s+(?:về|quy định|hướng dẫn|ban hành|phê duyệt|sửa đổi|triển khai|phát động"
                    + "|thực hiện|tổ chức|tiếp tục|tăng cường|đẩy mạnh|v/v|nhằm|trong|tại|để|đối với|giai đoạn|năm \\d)\\b|\\s*[;,.()\\[\\]:\\n]|$)");
    /**
     * Abbreviations of issuing bodies at the end of a symbol (Nghị định 30/2020/NĐ-CP on administrative documents,
     * Phụ lục III, lists them): the issuer when the text does not say "của …".
     */
    private static final Map<String, String> ISSUER_OF_SYMBOL = Map.of(
            "CP", "Chính phủ", "TTG", "Thủ tướng Chính phủ", "BNV", "Bộ Nội vụ", "TW", "Trung ương",
            "UBND", "Ủy ban nhân dân", "HĐND", "Hội đồng nhân dân", "UBTVQH", "Ủy ban Thường vụ Quốc hội");
    private static final Pattern LEGISLATURE = Pattern.compile("QH\\d*");

    /** A reference found in free text: where it is and what it says. */
    record Reference(String kind, String number, LocalDate date, String issuer, int start) {
    }

    private DocumentReferences() {
    }

    /** Every document number in the text, with the kind written before it and the date and issuer after it. */
    static List<Reference> references(String text) {
        List<Reference> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String number = compact(m.group(1));
            Matcher kind = KIND_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start()));
            String rest = text.substring(m.end());
            Matcher date = DATE_AFTER.matcher(rest);
            LocalDate on = null;
            if (date.find()) {
                on = firstDate("ngày " + date.group(1)).orElse(null);
                rest = rest.substring(date.end());
            }
            Matcher issuer = ISSUER_AFTER.matcher(rest);
            String by = issuer.find() && VietnameseText.wordCount(issuer.group(1)) <= 10
                    ? VietnameseText.stripNamePunctuation(issuer.group(1)) : issuerOfSymbol(number);
            found.add(new Reference(kind.find() ? capitalise(kind.group(1)) : null, number, on, by, m.start()));
        }
        return found;
    }

    /** The issuer a symbol's last part names ("98/2023/NĐ-CP" → Chính phủ, "06/2022/QH15" → Quốc hội), if known. */
    static String issuerOfSymbol(String number) {
        int dash = Math.max(number.lastIndexOf('-'), number.lastIndexOf('/'));
        String suffix = number.substring(dash + 1).toUpperCase(java.util.Locale.ROOT);
        if (LEGISLATURE.matcher(suffix).matches()) {
            return "Quốc hội";
        }
        return ISSUER_OF_SYMBOL.get(suffix);
    }

    /** The issuer written after "của" at the start of {@code text}, if any. */
    static Optional<String> issuerAfter(String text) {
        Matcher issuer = ISSUER_AFTER.matcher(text);
        return issuer.find() && VietnameseText.wordCount(issuer.group(1)) <= 10
                ? Optional.of(VietnameseText.stripNamePunctuation(issuer.group(1))) : Optional.empty();
    }

    private static String capitalise(String kind) {
        return kind.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + kind.substring(1);
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
