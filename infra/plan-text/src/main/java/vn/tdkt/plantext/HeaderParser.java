package vn.tdkt.plantext;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the identification block at the top of the plan: issuer, "Số: 01/KH-UBND", "Sơn La, ngày 02
 * tháng 01 năm 2025", the document type ("KẾ HOẠCH") and the title lines under it.
 *
 * <p>PDF extraction interleaves the two header columns (issuer | national motto), so lines are
 * classified one by one instead of being expected in a fixed order.
 */
final class HeaderParser {

    /** "Số: 01/KH-UBND", "Số 01/KH-UBND", or a draft's "Số:   /KH-UBND"; not a sentence like "Số lượng …". */
    private static final Pattern NUMBER_LINE = Pattern.compile("^Số\\s*(?::|(?=\\s*\\d))\\s*(\\S.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PLACE_DATE_WORDS = Pattern.compile(
            "^(.*?),?\\s*ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PLACE_DATE_NUMERIC = Pattern.compile(
            "^(.*?),?\\s*ngày\\s+(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DOCUMENT_TYPE = Pattern.compile("^(KẾ HOẠCH|CHƯƠNG TRÌNH|HƯỚNG DẪN|QUYẾT ĐỊNH|CÔNG VĂN)\\b\\s*[:.]?\\s*(.*)$");
    private static final Pattern YEAR_IN_TITLE = Pattern.compile("(?iu)\\bnăm\\s+(\\d{4})\\b");
    private static final Pattern PERIOD_IN_TITLE = Pattern.compile("(?iu)\\bgiai đoạn\\s+(\\d{4})\\s*[-–—]\\s*\\d{4}\\b");

    record Result(PlanHeader header, int consumed, List<ImportWarning> warnings) {
    }

    Result parse(List<SourceLine> front) {
        String number = null;
        String place = null;
        LocalDate date = null;
        String documentType = null;
        List<String> issuer = new ArrayList<>();
        List<String> title = new ArrayList<>();
        boolean collectingTitle = false;
        int consumed = 0;
        for (int i = 0; i < front.size(); i++) {
            SourceLine line = front.get(i);
            String text = line.text();
            if (line.isBlank()) {
                continue;
            }
            String folded = line.folded();
            if (folded.startsWith("can cu")) {
                break;
            }
            if (collectingTitle) {
                if (isTitleLine(line, title.isEmpty())) {
                    title.add(text);
                    consumed = i + 1;
                    continue;
                }
                break;
            }
            if (isMotto(folded)) {
                consumed = i + 1;
                continue;
            }
            Matcher m;
            if (number == null && (m = NUMBER_LINE.matcher(text)).matches()) {
                number = DocumentReferences.documentNumber("số " + m.group(1))
                        .orElse(VietnameseText.stripNamePunctuation(m.group(1)).replaceAll("\\s+", ""));
                consumed = i + 1;
                continue;
            }
            if (date == null && ((m = PLACE_DATE_WORDS.matcher(text)).matches() || (m = PLACE_DATE_NUMERIC.matcher(text)).matches())) {
                try {
                    date = LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)));
                    place = m.group(1).isBlank() ? null : VietnameseText.stripNamePunctuation(m.group(1));
                } catch (DateTimeException e) {
                    date = null;
                }
                consumed = i + 1;
                continue;
            }
            if (documentType == null && (m = DOCUMENT_TYPE.matcher(text)).matches()) {
                documentType = m.group(1);
                if (!m.group(2).isBlank()) {
                    title.add(m.group(2));
                }
                collectingTitle = true;
                consumed = i + 1;
                continue;
            }
            if (documentType == null && VietnameseText.isUpperCase(text) && number == null) {
                issuer.add(text);
                consumed = i + 1;
                continue;
            }
            if (documentType == null && number != null && date != null) {
                // Past number and date without a document type: the rest is the preamble.
                break;
            }
        }
        List<ImportWarning> warnings = new ArrayList<>();
        if (number == null) {
            warnings.add(new ImportWarning(WarningCode.HEADER_NUMBER_MISSING, "Không tìm thấy số, ký hiệu văn bản (dòng \"Số: …\").", 0));
        }
        if (date == null) {
            warnings.add(new ImportWarning(WarningCode.HEADER_DATE_MISSING, "Không tìm thấy địa danh, ngày ban hành (\"…, ngày … tháng … năm …\").", 0));
        }
        if (documentType == null) {
            warnings.add(new ImportWarning(WarningCode.DOCUMENT_TYPE_MISSING, "Không tìm thấy tên loại văn bản (KẾ HOẠCH…).", 0));
        }
        String joinedTitle = title.isEmpty() ? null : PlanTextNormalizer.cleanSpaces(String.join(" ", title));
        if (joinedTitle == null && documentType != null) {
            warnings.add(new ImportWarning(WarningCode.HEADER_TITLE_MISSING, "Không tìm thấy trích yếu (tên kế hoạch).", 0));
        }
        Integer year = yearOf(joinedTitle, date);
        String issuerText = issuer.isEmpty() ? null : String.join(" ", issuer);
        return new Result(new PlanHeader(issuerText, number, place, date, documentType, joinedTitle, year), consumed, warnings);
    }

    /**
     * The title follows the document type: upper case in most PDFs, a heading in Markdown, or a
     * sentence-case line possibly wrapped (the wrapped part starting in lower case). The preamble that
     * follows is long and ends with ':', which stops the title.
     */
    private static boolean isTitleLine(SourceLine line, boolean first) {
        String text = line.text();
        String folded = line.folded();
        if (folded.startsWith("can cu") || StructureRecognizer.heading(text).isPresent()
                || StructureRecognizer.bullet(text).isPresent() || text.endsWith(":")) {
            return false;
        }
        if (VietnameseText.isUpperCase(text) || line.headingLevel() > 0) {
            return true;
        }
        if (first) {
            return VietnameseText.wordCount(text) <= 40;
        }
        return VietnameseText.startsWithLowerCaseLetter(text);
    }

    private static boolean isMotto(String folded) {
        return folded.startsWith("cong hoa xa hoi chu nghia viet nam")
                || folded.startsWith("doc lap - tu do - hanh phuc")
                || folded.matches("^[-_=*.\\s]+$");
    }

    /** "NĂM 2025" in the title; else the first year of "GIAI ĐOẠN 2026 – 2030"; else the year of issue. */
    private static Integer yearOf(String title, LocalDate date) {
        if (title != null) {
            Matcher m = YEAR_IN_TITLE.matcher(title);
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
            m = PERIOD_IN_TITLE.matcher(title);
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return date == null ? null : date.getYear();
    }
}
