package vn.tdkt.plantext;

import java.time.LocalDate;

/**
 * A document the plan cites, wherever it cites it.
 *
 * @param kind       "Luật", "Nghị định", "Chỉ thị", "Kế hoạch"… when written before the number, else null
 * @param number     number and symbol as one token, e.g. "98/2023/NĐ-CP", "34-CT/TW"; null for a law cited by name
 * @param date       the date written with it ("ngày 31 tháng 12 năm 2023", "ngày 31/12/2023"); null when none
 * @param issuer     who issued it, as written after "của" ("Chính phủ", "Bộ trưởng Bộ Nội vụ"), else from the symbol's
 *                   issuing-body abbreviation (NĐ-CP → Chính phủ); null when neither says
 * @param role       a basis of the plan, the document it implements, or a mere mention
 * @param citedIn    where: "Căn cứ", "Phần mở đầu", or the section path ("II.1")
 * @param text       the sentence or basis it was read from
 * @param lineNumber 1-based line in the input
 */
public record DocumentCitation(String kind, String number, LocalDate date, String issuer, CitationRole role,
                               String citedIn, String text, int lineNumber) {

    public static final String LEGAL_BASES = "Căn cứ";
    public static final String PREAMBLE = "Phần mở đầu";

    /** The number compared across citations: upper case, without spaces. */
    public String numberKey() {
        return number == null ? null : number.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
    }
}
