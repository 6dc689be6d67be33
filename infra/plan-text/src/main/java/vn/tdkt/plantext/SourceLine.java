package vn.tdkt.plantext;

import java.util.List;

/**
 * A normalised line with its 1-based line number in the original input (kept so that warnings and preview rows can
 * point the user at the place in the document they uploaded; for a DOCX it counts paragraphs and table rows, for a
 * PDF the lines of its text layer).
 *
 * @param headingLevel the heading level (1–6) of a Markdown heading or a Word "Heading n" paragraph, 0 otherwise
 * @param cells        the cells of a table row, as the document's own table gave them (Markdown pipe table, Word
 *                     table, or a PDF table rebuilt from its columns); a cell's own line breaks are kept as
 *                     {@code '\n'}; null for a line that is not a table row
 */
record SourceLine(int number, String text, int headingLevel, List<String> cells) {

    SourceLine(int number, String text, int headingLevel) {
        this(number, text, headingLevel, null);
    }

    static SourceLine row(int number, List<String> cells) {
        List<String> copy = cells.stream().map(cell -> cell == null ? "" : cell.strip()).toList();
        return new SourceLine(number, String.join(" | ", copy).replace('\n', ' '), 0, copy);
    }

    boolean isTableRow() {
        return cells != null;
    }

    String folded() {
        return VietnameseText.fold(text);
    }

    boolean isBlank() {
        return text.isBlank() && cells == null;
    }
}
