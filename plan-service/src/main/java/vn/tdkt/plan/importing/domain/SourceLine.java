package vn.tdkt.plan.importing.domain;

/**
 * A normalised line with its 1-based line number in the original input (kept so that warnings and
 * preview rows can point the user at the place in the document they uploaded).
 *
 * @param headingLevel the Markdown heading level (1–6) the line had before its '#' were removed, 0 otherwise
 */
record SourceLine(int number, String text, int headingLevel) {

    String folded() {
        return VietnameseText.fold(text);
    }

    boolean isBlank() {
        return text.isBlank();
    }
}
