package vn.tdkt.plantext;

import java.time.LocalDate;

/**
 * The identification block of the plan. Any field may be null when the document does not show it
 * (a warning is raised then).
 *
 * @param issuer       issuing body as printed, e.g. "ỦY BAN NHÂN DÂN TỈNH SƠN LA"
 * @param number       number and symbol, e.g. "01/KH-UBND"
 * @param place        place of issue, e.g. "Sơn La"
 * @param date         date of issue
 * @param documentType "KẾ HOẠCH", "CHƯƠNG TRÌNH", …
 * @param title        title with spaces normalised, e.g. "TRIỂN KHAI CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2025"
 * @param year         the year the plan is for: "NĂM 2025" in the title, else the first year of a "GIAI ĐOẠN
 *                     2026 – 2030" in the title, else the year of issue; periods without a year use it
 * @param issuerSource where the issuer was read: the header block, or (when the header names none) the preamble's
 *                     "… Ủy ban nhân dân tỉnh ban hành Kế hoạch …"; null when neither names it
 */
public record PlanHeader(String issuer, String number, String place, LocalDate date, String documentType,
                         String title, Integer year, IssuerSource issuerSource) {

    /** Where the issuer's name was read. */
    public enum IssuerSource {
        HEADER, PREAMBLE
    }

    /** A header whose issuer, if any, was printed in the header block. */
    public PlanHeader(String issuer, String number, String place, LocalDate date, String documentType, String title,
            Integer year) {
        this(issuer, number, place, date, documentType, title, year, issuer == null ? null : IssuerSource.HEADER);
    }

    /** This header with the issuer the preamble names. */
    PlanHeader issuedBy(String preambleIssuer) {
        return new PlanHeader(preambleIssuer, number, place, date, documentType, title, year, IssuerSource.PREAMBLE);
    }
}
