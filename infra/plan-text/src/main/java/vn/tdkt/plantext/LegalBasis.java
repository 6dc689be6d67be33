package vn.tdkt.plantext;

import java.time.LocalDate;

/**
 * A basis of the plan itself: a "Căn cứ …" line, or the document its preamble says it implements ("Thực hiện Kế
 * hoạch số … của UBND tỉnh, …").
 *
 * @param text           the cited document as written, without "Căn cứ" and the final ';'
 * @param documentKind   "Luật", "Nghị định", "Thông tư"… when recognisable, else null
 * @param documentNumber e.g. "98/2023/NĐ-CP"; null for laws cited by name only
 * @param date           the document's date when written
 * @param lineNumber     1-based line in the input
 * @param issuer         who issued it, as written after "của" (or from the symbol), null when not said
 * @param role           {@link CitationRole#LEGAL_BASIS} for a "Căn cứ" line, {@link CitationRole#PARENT} for the
 *                       implemented document of the preamble
 */
public record LegalBasis(String text, String documentKind, String documentNumber, LocalDate date, int lineNumber,
                         String issuer, CitationRole role) {

    public LegalBasis(String text, String documentKind, String documentNumber, LocalDate date, int lineNumber) {
        this(text, documentKind, documentNumber, date, lineNumber, null, CitationRole.LEGAL_BASIS);
    }
}
