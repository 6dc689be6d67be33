package vn.tdkt.plantext;

/**
 * Something in the document that looks wrong or could not be read with confidence. The preview shows
 * these to the officer, who decides; the parser never silently fixes the document.
 *
 * @param lineNumber 1-based line in the input, 0 when the warning concerns the document as a whole
 */
public record ImportWarning(WarningCode code, String message, int lineNumber) {
}
