package vn.tdkt.plantext;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds duties the plan asks to repeat ("Hàng quý … cung cấp 01 tin hoặc bài", "định kỳ 6 tháng báo
 * cáo…", "định kỳ báo cáo … theo quy định") so the application layer can propose recurring tasks.
 *
 * <p>Two filters keep precision acceptable on real plans: the clause must contain an action
 * (báo cáo, cung cấp, tổ chức…), and the frequency must not sit inside the title of a cited document
 * ("Chỉ thị số 19/CT-TTg … phát triển kinh tế - xã hội hàng năm" is not a duty). Matching is done on
 * folded text, with "quý" checked not to be the "quy" of "quy định".
 */
final class RecurringDutyDetector {

    private static final Pattern SEMI_ANNUAL = Pattern.compile(
            "\\bdinh ky (?:0?6|sau) thang\\b|\\b(?:0?6|sau) thang (?:mot|1) lan\\b|\\b(?:hang|moi) (?:0?6|sau) thang\\b|\\bnua nam mot lan\\b");
    private static final Pattern QUARTERLY = Pattern.compile(
            "\\b(?:hang|moi|tung) quy\\b(?! dinh| che| trinh)|\\bdinh ky (?:hang |moi )?quy\\b(?! dinh| che| trinh)");
    private static final Pattern MONTHLY = Pattern.compile("\\b(?:hang|moi|tung) thang\\b|\\bdinh ky (?:hang )?thang\\b");
    private static final Pattern ANNUAL = Pattern.compile("\\b(?:hang|moi|tung) nam\\b|\\bdinh ky (?:hang )?nam\\b");
    private static final Pattern REPORT = Pattern.compile("\\bdinh ky\\b.*\\bbao cao\\b|\\bbao cao dinh ky\\b");
    private static final Pattern UNIT_COLON = Pattern.compile("^(.{3,200}?):\\s*(\\S.*)$");
    private static final Pattern ACTION = Pattern.compile(
            "\\b(?:bao cao|cung cap|to chuc|tong hop|gui|xay dung|dang ky|kiem tra|danh gia|so ket|tong ket|ra soat|cap nhat"
                    + "|dang tai|thuc hien|phat dong|binh xet|xet|bieu duong|tuyen truyen|khen thuong|hop|giao ban|dua tin|viet"
                    + "|trien khai|ban hanh|thong tin|nop|lua chon|gioi thieu|de xuat|tham muu|theo doi)\\b");

    private final UnitNameRecognizer recognizer;
    private final SubjectExtractor subjects;

    RecurringDutyDetector(UnitNameRecognizer recognizer) {
        this.recognizer = recognizer;
        this.subjects = new SubjectExtractor(recognizer);
    }

    /**
     * @param lineOwners unit owning each line of the organisation section (from {@link ResponsibilityExtractor})
     */
    List<RecurringDuty> detect(List<PlanSection> sections, Map<Integer, String> lineOwners) {
        List<RecurringDuty> duties = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (PlanSection section : sections) {
            visit(section, lineOwners, duties, seen);
        }
        return duties;
    }

    private void visit(PlanSection section, Map<Integer, String> lineOwners, List<RecurringDuty> duties, Set<String> seen) {
        // Point titles are often whole sentences ("b) Các tổ chuyên môn hằng tháng …"), so they are scanned too.
        if (section.level() != SectionLevel.PART) {
            scan(section.title(), section.path(), section.lineNumber(), lineOwners.get(section.lineNumber()), duties, seen);
        }
        for (TextBlock block : section.blocks()) {
            scan(block.text(), section.path(), block.lineNumber(), lineOwners.get(block.lineNumber()), duties, seen);
        }
        for (PlanSection child : section.subsections()) {
            visit(child, lineOwners, duties, seen);
        }
    }

    private void scan(String text, String path, int line, String owner, List<RecurringDuty> duties, Set<String> seen) {
        String body = text;
        String named = owner;
        Matcher colon = UNIT_COLON.matcher(text);
        if (colon.matches() && isUnitPrefix(colon.group(1))) {
            // "Sở Y tế: hằng tháng …": the duty is what follows the unit's name.
            body = colon.group(2);
            named = owner != null ? owner : VietnameseText.stripNamePunctuation(colon.group(1));
        }
        for (String sentence : SentenceSplitter.sentences(body)) {
            Optional<String> sentenceUnit = named != null ? Optional.of(named) : unitOf(sentence);
            for (String clause : SentenceSplitter.clauses(sentence)) {
                String folded = VietnameseText.fold(clause);
                if (!ACTION.matcher(folded).find()) {
                    continue;
                }
                List<Recurrence> found = frequencies(clause, folded);
                for (Recurrence frequency : found) {
                    String dutyText = VietnameseText.stripListSeparator(clause);
                    if (!seen.add(frequency + "|" + line + "|" + dutyText)) {
                        continue;
                    }
                    Optional<String> unit = sentenceUnit.isPresent() ? sentenceUnit : unitOf(clause);
                    duties.add(new RecurringDuty(frequency, unit.map(List::of).orElse(List.of()), dutyText,
                            VietnameseText.stripListSeparator(sentence), path, line));
                }
            }
        }
    }

    private static List<Recurrence> frequencies(String clause, String folded) {
        List<Recurrence> found = new ArrayList<>();
        addIf(found, Recurrence.SEMI_ANNUAL, SEMI_ANNUAL, clause, folded);
        addIf(found, Recurrence.QUARTERLY, QUARTERLY, clause, folded);
        addIf(found, Recurrence.MONTHLY, MONTHLY, clause, folded);
        addIf(found, Recurrence.ANNUAL, ANNUAL, clause, folded);
        if (found.isEmpty()) {
            addIf(found, Recurrence.REPORT_OBLIGATION, REPORT, clause, folded);
        }
        return found;
    }

    private static void addIf(List<Recurrence> found, Recurrence frequency, Pattern pattern, String clause, String folded) {
        Matcher m = pattern.matcher(folded);
        if (m.find() && !DocumentReferences.hasNumberBefore(clause, Math.min(m.start(), clause.length()))) {
            found.add(frequency);
        }
    }

    private Optional<String> unitOf(String text) {
        Matcher m = UNIT_COLON.matcher(text);
        if (m.matches() && isUnitPrefix(m.group(1))) {
            return Optional.of(VietnameseText.stripNamePunctuation(m.group(1)));
        }
        return subjects.subject(text);
    }

    private boolean isUnitPrefix(String beforeColon) {
        return VietnameseText.wordCount(beforeColon) <= 25 && recognizer.looksLikeUnit(beforeColon)
                && subjects.subject(beforeColon).isEmpty();
    }
}
