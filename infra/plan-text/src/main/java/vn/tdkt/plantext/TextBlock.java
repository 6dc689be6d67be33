package vn.tdkt.plantext;

/**
 * A paragraph or bullet inside a section.
 *
 * @param bullet     true for a bulleted line
 * @param marker     the bullet as written ("-", "–", "+", "•"…), empty for paragraphs; '+' usually nests under '-'
 * @param text       the text without its marker
 * @param lineNumber 1-based line in the input
 */
public record TextBlock(boolean bullet, String marker, String text, int lineNumber) {

    static TextBlock paragraph(String text, int lineNumber) {
        return new TextBlock(false, "", text, lineNumber);
    }
}
