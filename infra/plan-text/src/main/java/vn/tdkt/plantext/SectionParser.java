package vn.tdkt.plantext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Builds the section tree from the body lines. Levels are nested by rank (PART &gt; CLAUSE &gt;
 * SUBCLAUSE &gt; POINT), so a plan that starts at "1." without roman parts still nests correctly.
 *
 * <p>The closing sentence ("Yêu cầu các cơ quan … nghiêm túc triển khai thực hiện./.", "Trên đây là
 * Kế hoạch …") is not a duty of the last unit above it; it is returned separately.
 */
final class SectionParser {

    /** A heading's own text ends at a colon when a long statement follows it on the same line. */
    private static final Pattern INLINE_STATEMENT = Pattern.compile("^(.{3,}?):\\s+(\\S.{8,})$");

    record Result(List<PlanSection> sections, List<String> closingRemarks) {
    }

    /** A section while the outline is read: blocks and sub-sections are added to it as the lines come. */
    private record Node(SectionLevel level, String number, String path, String title, int lineNumber,
            List<TextBlock> blocks, List<Node> children) {

        static Node open(SectionLevel level, String number, String path, String title, int lineNumber) {
            return new Node(level, number, path, title, lineNumber, new ArrayList<>(), new ArrayList<>());
        }

        PlanSection toSection() {
            List<PlanSection> sections = children.stream().map(Node::toSection).toList();
            return new PlanSection(level, number, path, title, blocks, sections, lineNumber);
        }
    }

    Result parse(List<SourceLine> lines) {
        List<Node> roots = new ArrayList<>();
        List<Node> stack = new ArrayList<>();
        List<String> closing = new ArrayList<>();
        List<TextBlock> orphans = new ArrayList<>();
        for (SourceLine line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String text = line.text();
            var heading = StructureRecognizer.heading(text);
            if (heading.isPresent()) {
                var h = heading.get();
                while (!stack.isEmpty() && !stack.get(stack.size() - 1).level().isOutsideOf(h.level())) {
                    stack.remove(stack.size() - 1);
                }
                Node parent = stack.isEmpty() ? null : stack.get(stack.size() - 1);
                String path = parent == null ? h.number() : parent.path() + "." + h.number();
                String title = h.title();
                String inline = null;
                var statement = INLINE_STATEMENT.matcher(title);
                if (h.level() != SectionLevel.PART && statement.matches() && VietnameseText.wordCount(statement.group(1)) <= 25) {
                    title = statement.group(1).strip();
                    inline = statement.group(2).strip();
                }
                Node node = Node.open(h.level(), h.number(), path, title, line.number());
                if (inline != null) {
                    node.blocks().add(TextBlock.paragraph(inline, line.number()));
                }
                (parent == null ? roots : parent.children()).add(node);
                stack.add(node);
                continue;
            }
            if (!stack.isEmpty() && isClosingRemark(text)) {
                closing.add(text);
                continue;
            }
            TextBlock block = StructureRecognizer.bullet(text)
                    .map(b -> new TextBlock(true, b.marker(), b.text(), line.number()))
                    .orElseGet(() -> TextBlock.paragraph(text, line.number()));
            if (stack.isEmpty()) {
                orphans.add(block);
            } else {
                stack.get(stack.size() - 1).blocks().add(block);
            }
        }
        List<PlanSection> sections = new ArrayList<>();
        if (!orphans.isEmpty()) {
            sections.add(new PlanSection(SectionLevel.PART, "", "", "", orphans, List.of(), orphans.get(0).lineNumber()));
        }
        roots.forEach(root -> sections.add(root.toSection()));
        return new Result(sections, closing);
    }

    private static boolean isClosingRemark(String text) {
        if (StructureRecognizer.bullet(text).isPresent()) {
            return false;
        }
        String folded = VietnameseText.fold(text);
        return text.endsWith("./.") || text.endsWith("/.")
                || folded.startsWith("tren day la ke hoach")
                || folded.startsWith("trong qua trinh thuc hien, neu co")
                || folded.startsWith("trong qua trinh to chuc thuc hien, neu co");
    }
}
