package vn.tdkt.plantext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a plan written in Markdown with commonmark-java and its GFM tables extension: headings keep their level,
 * emphasis, escapes, links and quote marks go, and a pipe table arrives as rows of cells ({@code <br>} inside a cell
 * is a line break of that cell).
 *
 * <p>Lists and indented code are deliberately not Markdown blocks here: in an administrative document "1. Mục đích",
 * "- …" and "a) …" are the document's own numbering, which the section parser reads from the text, and an indented
 * line is a wrapped line, not code. A paragraph's lines stay separate lines unless a line merely continues the
 * sentence before it (it starts in lower case, the previous line has no final punctuation and no hard break), as an
 * editor's soft wrap does.
 */
final class MarkdownReader {

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .enabledBlockTypes(Set.of(Heading.class, FencedCodeBlock.class, HtmlBlock.class, ThematicBreak.class,
                    BlockQuote.class))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private static final Pattern BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern BLOCK_START = Pattern.compile(
            "^(?:[-–—•+*·]\\s|\\d{1,2}\\s*[.)]\\s|[a-zđ]\\)\\s|[IVX]{1,5}\\s*[.)]\\s)");

    private final List<SourceLine> lines = new ArrayList<>();

    private MarkdownReader() {
    }

    static List<SourceLine> read(String markdown) {
        MarkdownReader reader = new MarkdownReader();
        reader.blocks(PARSER.parse(markdown));
        return reader.lines;
    }

    private void blocks(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                lines.add(new SourceLine(lineOf(heading), inlineText(heading).replace('\n', ' ').strip(),
                        heading.getLevel()));
            } else if (node instanceof Paragraph paragraph) {
                paragraph(paragraph);
            } else if (node instanceof TableBlock table) {
                rows(table);
            } else if (node instanceof FencedCodeBlock code) {
                literal(code.getLiteral(), lineOf(code) + 1);
            } else if (node instanceof HtmlBlock html) {
                literal(BREAK_TAG.matcher(html.getLiteral()).replaceAll("\n"), lineOf(html));
            } else if (node instanceof ThematicBreak) {
                continue;
            } else {
                blocks(node);
            }
        }
    }

    /** One line per source line, soft-wrapped continuations joined to the line they continue. */
    private void paragraph(Paragraph paragraph) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int line = lineOf(paragraph);
        boolean hard = false;
        for (Node node = paragraph.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                segments.add(new Segment(line, text.toString(), hard));
                hard = node instanceof HardLineBreak;
                text.setLength(0);
                line = node.getNext() == null ? line + 1 : lineOf(node.getNext(), line + 1);
            } else {
                inline(node, text);
            }
        }
        segments.add(new Segment(line, text.toString(), hard));
        Segment previous = null;
        for (Segment segment : segments) {
            String current = segment.text().strip();
            if (previous != null && !segment.afterHardBreak() && continues(previous.text(), current)) {
                previous = new Segment(previous.line(), previous.text() + " " + current, previous.afterHardBreak());
                lines.set(lines.size() - 1, new SourceLine(previous.line(), previous.text(), 0));
                continue;
            }
            previous = new Segment(segment.line(), current, segment.afterHardBreak());
            lines.add(new SourceLine(segment.line(), current, 0));
        }
    }

    private record Segment(int line, String text, boolean afterHardBreak) {
    }

    private static boolean continues(String previous, String line) {
        if (previous.isEmpty() || line.isEmpty() || BLOCK_START.matcher(line).find()) {
            return false;
        }
        char last = previous.charAt(previous.length() - 1);
        return ".:;!?".indexOf(last) < 0 && VietnameseText.startsWithLowerCaseLetter(line);
    }

    private void rows(TableBlock table) {
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow) {
                    List<String> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell) {
                            cells.add(inlineText(cell));
                        }
                    }
                    lines.add(SourceLine.row(lineOf(row), cells));
                }
            }
        }
    }

    private void literal(String literal, int firstLine) {
        String[] parts = literal.split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i < parts.length - 1 || !parts[i].isEmpty()) {
                lines.add(new SourceLine(firstLine + i, parts[i], 0));
            }
        }
    }

    private static String inlineText(Node parent) {
        StringBuilder text = new StringBuilder();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof SoftLineBreak) {
                text.append(' ');
            } else {
                inline(node, text);
            }
        }
        return text.toString();
    }

    /** Plain text of an inline node: markup dropped, {@code <br>} a line break, other inline HTML dropped. */
    private static void inline(Node node, StringBuilder text) {
        if (node instanceof Text plain) {
            text.append(plain.getLiteral());
        } else if (node instanceof Code code) {
            text.append(code.getLiteral());
        } else if (node instanceof HardLineBreak) {
            text.append('\n');
        } else if (node instanceof HtmlInline html) {
            if (BREAK_TAG.matcher(html.getLiteral()).matches()) {
                text.append('\n');
            }
        } else {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                inline(child, text);
            }
        }
    }

    private static int lineOf(Node node) {
        return lineOf(node, 1);
    }

    private static int lineOf(Node node, int fallback) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? fallback : spans.get(0).getLineIndex() + 1;
    }
}
