package vn.tdkt.plantext;

import java.util.List;
import java.util.Optional;

/**
 * A numbered section of the plan ("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "a) …").
 *
 * @param level       numbering level
 * @param number      the number as written without punctuation: "III", "1", "1.2", "a"
 * @param path        numbers from the outermost section, joined by '.': "III.5", "II.1.a"
 * @param title       heading text; when the heading line carries text after a colon
 *                    ("4. Các cơ quan thông tin…: tích cực phối hợp…") only the part before it
 * @param blocks      paragraphs and bullets directly under the heading, in order (the text after such
 *                    a colon is the first block)
 * @param subsections nested sections, in order
 * @param lineNumber  1-based line of the heading
 */
public record PlanSection(SectionLevel level, String number, String path, String title, List<TextBlock> blocks,
                          List<PlanSection> subsections, int lineNumber) {

    public PlanSection {
        blocks = List.copyOf(blocks);
        subsections = List.copyOf(subsections);
    }

    /** Finds a descendant (or this section) by its path, e.g. "III.1". */
    public Optional<PlanSection> find(String wantedPath) {
        if (path.equals(wantedPath)) {
            return Optional.of(this);
        }
        for (PlanSection child : subsections) {
            if (wantedPath.startsWith(child.path())) {
                Optional<PlanSection> found = child.find(wantedPath);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
