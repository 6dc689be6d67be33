package vn.tdkt.plantext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;

/**
 * Extracts per-unit duties from the organisation section ("TỔ CHỨC THỰC HIỆN"). Three layouts occur:
 * <ol>
 *   <li>a numbered heading naming the unit, duties below as bullets or prose ("5. Sở Nội vụ" + "- …");</li>
 *   <li>the heading carries the duty after a colon ("4. Các cơ quan thông tin…: tích cực phối hợp…");</li>
 *   <li>no numbering: "- Sở Giáo dục và Đào tạo: hàng quý cung cấp…" or "Sở Y tế chủ trì …" in prose.</li>
 * </ol>
 * Duties of the same unit named twice are merged under the first spelling.
 */
final class ResponsibilityExtractor {

    private static final Pattern UNIT_COLON = Pattern.compile("^(.{3,200}?):\\s*(\\S.*)$");

    private final UnitNameRecognizer recognizer;
    private final SubjectExtractor subjects;

    ResponsibilityExtractor(UnitNameRecognizer recognizer) {
        this.recognizer = recognizer;
        this.subjects = new SubjectExtractor(recognizer);
    }

    /** The responsibilities, and which unit owns each line they were taken from (for the duty detector). */
    record Result(List<UnitResponsibility> responsibilities, Map<Integer, String> lineOwners, List<ImportWarning> warnings) {
    }

    @RequiredArgsConstructor
    private static final class Builder {
        private final String unitName;
        private final String path;
        private final int line;
        private final List<String> duties = new ArrayList<>();
    }

    Result extract(List<PlanSection> sections) {
        Optional<PlanSection> organisation = findOrganisationSection(sections);
        if (organisation.isEmpty()) {
            return new Result(List.of(), Map.of(), List.of(new ImportWarning(WarningCode.ORGANISATION_SECTION_MISSING,
                    "Không tìm thấy phần \"TỔ CHỨC THỰC HIỆN\"; chưa trích được trách nhiệm của các đơn vị.", 0)));
        }
        Map<String, Builder> byUnit = new LinkedHashMap<>();
        Map<Integer, String> covered = new HashMap<>();
        visitTopic(organisation.get(), byUnit, covered);
        List<UnitResponsibility> result = byUnit.values().stream()
                .map(b -> new UnitResponsibility(b.unitName, b.duties, b.path, b.line))
                .toList();
        return new Result(result, covered, List.of());
    }

    static Optional<PlanSection> findOrganisationSection(List<PlanSection> sections) {
        for (PlanSection section : sections) {
            if (isOrganisationTitle(section.title())) {
                return Optional.of(section);
            }
        }
        for (PlanSection section : sections) {
            for (PlanSection child : section.subsections()) {
                String folded = VietnameseText.fold(child.title());
                if (folded.equals("to chuc thuc hien") || folded.equals("trach nhiem thuc hien")) {
                    return Optional.of(child);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isOrganisationTitle(String title) {
        String folded = VietnameseText.fold(title);
        return folded.startsWith("to chuc thuc hien") || folded.startsWith("trach nhiem thuc hien")
                || folded.startsWith("phan cong nhiem vu") || folded.startsWith("phan cong trach nhiem")
                || folded.startsWith("phan cong thuc hien") || folded.equals("trach nhiem cua cac co quan, don vi");
    }

    /** A section that is not itself a unit: its blocks may still name units inline. */
    private void visitTopic(PlanSection section, Map<String, Builder> byUnit, Map<Integer, String> covered) {
        for (TextBlock block : section.blocks()) {
            inlineUnit(block, section.path(), byUnit, covered, true);
        }
        for (PlanSection child : section.subsections()) {
            if (recognizer.looksLikeUnit(child.title())) {
                visitUnit(child, byUnit, covered);
            } else {
                visitTopic(child, byUnit, covered);
            }
        }
    }

    private void visitUnit(PlanSection section, Map<String, Builder> byUnit, Map<Integer, String> covered) {
        Builder unit = builder(byUnit, VietnameseText.stripNamePunctuation(section.title()), section.path(), section.lineNumber());
        covered.put(section.lineNumber(), unit.unitName);
        for (TextBlock block : section.blocks()) {
            // Under a named unit only "Other unit: …" bullets start another unit; "Chủ trì, phối hợp…" is a duty.
            if (block.bullet() && inlineUnit(block, section.path(), byUnit, covered, false)) {
                continue;
            }
            unit.duties.addAll(duties(block));
            covered.put(block.lineNumber(), unit.unitName);
        }
        for (PlanSection child : section.subsections()) {
            if (recognizer.looksLikeUnit(child.title())) {
                visitUnit(child, byUnit, covered);
            } else {
                addSubItem(unit, child, covered);
            }
        }
    }

    /** Sub-items of a unit ("a) Tuyên truyền…", with their own bullets) are further duties of that unit. */
    private static void addSubItem(Builder unit, PlanSection item, Map<Integer, String> covered) {
        unit.duties.add(VietnameseText.stripListSeparator(item.title()));
        covered.put(item.lineNumber(), unit.unitName);
        for (TextBlock block : item.blocks()) {
            unit.duties.addAll(duties(block));
            covered.put(block.lineNumber(), unit.unitName);
        }
        item.subsections().forEach(nested -> addSubItem(unit, nested, covered));
    }

    /** "Unit: duties" or "Unit verb …" as a block; returns whether it was taken as a responsibility. */
    private boolean inlineUnit(TextBlock block, String path, Map<String, Builder> byUnit, Map<Integer, String> covered,
                               boolean allowSubject) {
        Matcher m = UNIT_COLON.matcher(block.text());
        // "Sở Nội vụ chủ trì các nội dung sau: …" has a verb before the colon: its subject is the unit, not all of it.
        if (m.matches() && VietnameseText.wordCount(m.group(1)) <= 25 && recognizer.looksLikeUnit(m.group(1))
                && subjects.subject(m.group(1)).isEmpty()) {
            Builder unit = builder(byUnit, VietnameseText.stripNamePunctuation(m.group(1)), path, block.lineNumber());
            unit.duties.addAll(sentences(m.group(2)));
            covered.put(block.lineNumber(), unit.unitName);
            return true;
        }
        Optional<String> subject = allowSubject ? subjects.subject(block.text()) : Optional.empty();
        if (subject.isPresent()) {
            Builder unit = builder(byUnit, subject.get(), path, block.lineNumber());
            unit.duties.addAll(duties(block));
            covered.put(block.lineNumber(), unit.unitName);
            return true;
        }
        return false;
    }

    private static Builder builder(Map<String, Builder> byUnit, String name, String path, int line) {
        return byUnit.computeIfAbsent(VietnameseText.fold(name), key -> new Builder(name, path, line));
    }

    private static List<String> duties(TextBlock block) {
        if (block.bullet()) {
            return List.of(VietnameseText.stripListSeparator(block.text()));
        }
        return sentences(block.text());
    }

    private static List<String> sentences(String text) {
        return SentenceSplitter.sentences(text).stream()
                .map(VietnameseText::stripListSeparator)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
