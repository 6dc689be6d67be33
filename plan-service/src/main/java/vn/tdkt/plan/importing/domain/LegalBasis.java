package vn.tdkt.plan.importing.domain;

import java.time.LocalDate;

/**
 * A "Căn cứ …" line.
 *
 * @param text           the cited document as written, without "Căn cứ" and the final ';'
 * @param documentKind   "Luật", "Nghị định", "Thông tư"… when recognisable, else null
 * @param documentNumber e.g. "98/2023/NĐ-CP"; null for laws cited by name only
 * @param date           the document's date when written
 * @param lineNumber     1-based line in the input
 */
public record LegalBasis(String text, String documentKind, String documentNumber, LocalDate date, int lineNumber) {
}
