package vn.tdkt.plantext;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings plan text into one canonical shape before any parsing, so that the parsers match on content rather than on
 * the accidents of PDF extraction or of the editor used:
 * <ul>
 *   <li>NFC first (decomposed "ế" from macOS or some PDF tools would otherwise defeat every match);</li>
 *   <li>no-break, thin and zero-width spaces, soft hyphens, BOM and tabs become plain spaces or vanish;</li>
 *   <li>runs of spaces collapse, and the stray spaces PDF extraction puts before punctuation
 *       ("1 .  Các", "II . NỘI DUNG", "THI ĐUA , KHEN") are removed;</li>
 *   <li>a document number broken across a line break ("số 98/2023/NĐ-" + "CP ngày …") is put back together;</li>
 *   <li>Markdown is read by {@link MarkdownReader} (commonmark-java): heading marks, emphasis, escapes and quote
 *       marks go, the heading level and the pipe tables' rows and cells stay.</li>
 * </ul>
 * Line numbers of the input are preserved on each {@link SourceLine}.
 */
final class PlanTextNormalizer {

    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern ODD_SPACES = Pattern.compile("[\\t\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u3000]");
    private static final Pattern SPACE_RUN = Pattern.compile(" {2,}");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile(" +([,;:.)!?])");
    private static final Pattern SPACE_AFTER_PAREN = Pattern.compile("\\( +");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:\\s+|$)(.*?)\\s*#*\\s*$");
    private static final Pattern MARKDOWN_TABLE_SEPARATOR = Pattern.compile("^\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$");
    /** The head of a document number cut by a line break: "98/", "98/2023/", "98/2023/NĐ-", "01/KH-". */
    private static final Pattern BROKEN_NUMBER_HEAD = Pattern.compile("(?<![\\p{L}\\d/])\\d{1,5}[a-zA-Z]?/(?:\\d{4}/)?(?:\\p{Lu}[\\p{L}\\d&]*-)*$");
    /** The tail that completes it on the next line: "CP", "2023/NĐ-CP", "UBND;". */
    private static final Pattern BROKEN_NUMBER_TAIL = Pattern.compile("^(?:\\d{4}/)?\\p{Lu}[\\p{L}\\d&]*(?:-\\p{Lu}[\\p{L}\\d&]*)*");

    private PlanTextNormalizer() {
    }

    record NormalizedText(List<SourceLine> lines, DocumentFormat format) {
    }

    /** Plain text or Markdown, as typed or as extracted; the format is recognised from the text itself. */
    static NormalizedText normalize(String input) {
        String text = input.startsWith("\uFEFF") ? input.substring(1) : input;
        String[] rawLines = LINE_BREAK.split(text, -1);
        List<String> prepared = new ArrayList<>(rawLines.length);
        for (String raw : rawLines) {
            prepared.add(prepare(raw));
        }
        DocumentFormat format = detectFormat(prepared);
        List<SourceLine> lines = new ArrayList<>(prepared.size());
        if (format == DocumentFormat.MARKDOWN) {
            lines.addAll(MarkdownReader.read(String.join("\n", prepared)));
        } else {
            for (int i = 0; i < prepared.size(); i++) {
                lines.add(new SourceLine(i + 1, prepared.get(i), 0));
            }
        }
        return lines(lines, format);
    }

    /** Lines a document reader produced (DOCX, PDF, Markdown): spaces cleaned, broken numbers mended. */
    static NormalizedText lines(List<SourceLine> read, DocumentFormat format) {
        List<SourceLine> clean = new ArrayList<>(read.size());
        for (SourceLine line : read) {
            clean.add(line.isTableRow()
                    ? SourceLine.row(line.number(), line.cells().stream().map(PlanTextNormalizer::cleanCell).toList())
                    : new SourceLine(line.number(), cleanSpaces(prepare(line.text())), line.headingLevel()));
        }
        return new NormalizedText(List.copyOf(mendBrokenNumbers(clean)), format);
    }

    /** NFC, invisible characters removed, odd spaces made plain. */
    static String prepare(String raw) {
        String line = Normalizer.normalize(raw, Normalizer.Form.NFC);
        line = INVISIBLE.matcher(line).replaceAll("");
        return ODD_SPACES.matcher(line).replaceAll(" ");
    }

    static String cleanSpaces(String line) {
        String result = SPACE_RUN.matcher(line.strip()).replaceAll(" ");
        result = SPACE_BEFORE_PUNCTUATION.matcher(result).replaceAll("$1");
        return SPACE_AFTER_PAREN.matcher(result).replaceAll("(");
    }

    private static String cleanCell(String cell) {
        List<String> parts = new ArrayList<>();
        for (String part : cell.split("\n", -1)) {
            String clean = cleanSpaces(prepare(part));
            if (!clean.isEmpty()) {
                parts.add(clean);
            }
        }
        return String.join("\n", parts);
    }

    /**
     * "… Nghị định số 98/2023/NĐ-" / "CP ngày 31/12/2023 …": the tail moves up to its head, so that every parser sees
     * the number whole. The next line keeps its number (and becomes blank if the tail was all of it).
     */
    private static List<SourceLine> mendBrokenNumbers(List<SourceLine> lines) {
        List<SourceLine> result = new ArrayList<>(lines);
        for (int i = 0; i + 1 < result.size(); i++) {
            SourceLine line = result.get(i);
            SourceLine next = result.get(i + 1);
            if (line.isTableRow() || next.isTableRow() || !BROKEN_NUMBER_HEAD.matcher(line.text()).find()) {
                continue;
            }
            Matcher tail = BROKEN_NUMBER_TAIL.matcher(next.text());
            if (tail.find()) {
                result.set(i, new SourceLine(line.number(), line.text() + tail.group(), line.headingLevel()));
                result.set(i + 1, new SourceLine(next.number(), cleanSpaces(next.text().substring(tail.end())),
                        next.headingLevel()));
            }
        }
        return result;
    }

    private static DocumentFormat detectFormat(List<String> lines) {
        boolean table = false;
        for (String line : lines) {
            if (MARKDOWN_HEADING.matcher(line).matches() && !line.strip().equals("#")) {
                return DocumentFormat.MARKDOWN;
            }
            if (MARKDOWN_TABLE_SEPARATOR.matcher(line).matches() && line.contains("|")) {
                table = true;
            }
            if (line.contains("**")) {
                return DocumentFormat.MARKDOWN;
            }
        }
        return table ? DocumentFormat.MARKDOWN : DocumentFormat.PLAIN_TEXT;
    }
}
