package vn.tdkt.plan.importing.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Brings raw plan text into one canonical shape before any parsing, so that the parsers match on
 * content rather than on the accidents of PDF extraction or of the editor used:
 * <ul>
 *   <li>NFC first (decomposed "ế" from macOS or some PDF tools would otherwise defeat every match);</li>
 *   <li>no-break, thin and zero-width spaces, soft hyphens, BOM and tabs become plain spaces or vanish;</li>
 *   <li>runs of spaces collapse, and the stray spaces PDF extraction puts before punctuation
 *       ("1 .  Các", "II . NỘI DUNG", "THI ĐUA , KHEN") are removed;</li>
 *   <li>for Markdown: '#' heading marks, emphasis, escapes and quote marks are removed (the heading
 *       level is kept), and soft-wrapped paragraph lines are joined.</li>
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
    private static final Pattern MARKDOWN_TABLE_ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");
    private static final Pattern MARKDOWN_TABLE_SEPARATOR = Pattern.compile("^\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$");
    private static final Pattern MARKDOWN_RULE = Pattern.compile("^\\s*([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern BOLD = Pattern.compile("\\*\\*|__");
    private static final Pattern ITALIC = Pattern.compile("(?<![\\p{L}\\d*])\\*(\\S(?:.*?\\S)?)\\*(?![\\p{L}\\d*])");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>])");
    private static final Pattern QUOTE = Pattern.compile("^\\s*>\\s?");
    private static final Pattern BLOCK_START = Pattern.compile(
            "^(?:[-–—•+*·]\\s|\\d{1,2}\\s*[.)]\\s|[a-zđ]\\)\\s|[IVX]{1,5}\\s*[.)]\\s|\\|)");

    private PlanTextNormalizer() {
    }

    record NormalizedText(List<SourceLine> lines, DocumentFormat format) {
    }

    static NormalizedText normalize(String input) {
        String text = input.startsWith("\uFEFF") ? input.substring(1) : input;
        String[] rawLines = LINE_BREAK.split(text, -1);
        List<String> prepared = new ArrayList<>(rawLines.length);
        for (String raw : rawLines) {
            String line = Normalizer.normalize(raw, Normalizer.Form.NFC);
            line = INVISIBLE.matcher(line).replaceAll("");
            prepared.add(ODD_SPACES.matcher(line).replaceAll(" "));
        }
        DocumentFormat format = detectFormat(prepared);
        List<SourceLine> lines = new ArrayList<>(prepared.size());
        for (int i = 0; i < prepared.size(); i++) {
            String line = prepared.get(i);
            int headingLevel = 0;
            if (format == DocumentFormat.MARKDOWN && !MARKDOWN_TABLE_ROW.matcher(line).matches()) {
                var heading = MARKDOWN_HEADING.matcher(line);
                if (heading.matches()) {
                    headingLevel = heading.group(1).length();
                    line = heading.group(2);
                }
                line = stripMarkdownInline(line);
            } else if (format == DocumentFormat.MARKDOWN) {
                line = BOLD.matcher(line).replaceAll("");
            }
            lines.add(new SourceLine(i + 1, cleanSpaces(line), headingLevel));
        }
        if (format == DocumentFormat.MARKDOWN) {
            lines = joinSoftWraps(lines, prepared);
        }
        return new NormalizedText(List.copyOf(lines), format);
    }

    static String cleanSpaces(String line) {
        String result = SPACE_RUN.matcher(line.strip()).replaceAll(" ");
        result = SPACE_BEFORE_PUNCTUATION.matcher(result).replaceAll("$1");
        return SPACE_AFTER_PAREN.matcher(result).replaceAll("(");
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

    private static String stripMarkdownInline(String line) {
        if (MARKDOWN_RULE.matcher(line).matches()) {
            return "";
        }
        String result = QUOTE.matcher(line).replaceFirst("");
        result = BOLD.matcher(result).replaceAll("");
        result = ITALIC.matcher(result).replaceAll("$1");
        return ESCAPE.matcher(result).replaceAll("$1");
    }

    /**
     * Markdown paragraphs may be wrapped over several lines; a wrapped line continues a sentence, so it
     * starts in lower case and the previous line has no final punctuation and no hard break.
     */
    private static List<SourceLine> joinSoftWraps(List<SourceLine> lines, List<String> raw) {
        List<SourceLine> result = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            SourceLine previous = result.isEmpty() ? null : result.get(result.size() - 1);
            if (previous != null && continues(previous, line, raw.get(previous.number() - 1))) {
                result.set(result.size() - 1, new SourceLine(previous.number(),
                        previous.text() + " " + line.text(), previous.headingLevel()));
            } else {
                result.add(line);
            }
        }
        return result;
    }

    private static boolean continues(SourceLine previous, SourceLine line, String previousRaw) {
        if (previous.isBlank() || line.isBlank() || previous.headingLevel() > 0 || line.headingLevel() > 0) {
            return false;
        }
        if (previous.text().startsWith("|") || BLOCK_START.matcher(line.text()).find()) {
            return false;
        }
        if (previousRaw.endsWith("  ") || previousRaw.endsWith("\\")) {
            return false;
        }
        String prev = previous.text();
        char last = prev.charAt(prev.length() - 1);
        if (".:;!?".indexOf(last) >= 0) {
            return false;
        }
        return VietnameseText.startsWithLowerCaseLetter(line.text());
    }
}
