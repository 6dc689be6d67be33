package vn.tdkt.nomination.certificate.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param secret          the key that signs certificate codes (at least 32 characters; production sets it from a
 *                        secret store, e.g. {@code TDKT_CERTIFICATE_SECRET}). Empty: a random key is generated once
 *                        and kept in the database, so codes survive restarts.
 * @param publicBaseUrl   where the public verify page is reached (the QR code and {@code award-decided} link to
 *                        {@code <publicBaseUrl>/verify/<code>})
 * @param provinceName    the province whose People's Committee issues the documents ("Sơn La"): printed on
 *                        certificates and tờ trình
 */
@ConfigurationProperties("tdkt.nomination.certificate")
public record CertificateProperties(String secret, String publicBaseUrl, String provinceName) {

    public CertificateProperties {
        publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank() ? "http://localhost:8082"
                : publicBaseUrl.replaceAll("/+$", "");
        provinceName = provinceName == null || provinceName.isBlank() ? "Sơn La" : provinceName.strip();
    }

    /** "ỦY BAN NHÂN DÂN TỈNH SƠN LA". */
    public String issuer() {
        return "ỦY BAN NHÂN DÂN TỈNH " + provinceName.toUpperCase(java.util.Locale.forLanguageTag("vi"));
    }

    /** "Sơn La, ngày 05 tháng 12 năm 2026", as a document's place and date line reads. */
    public String placeAndDate(java.time.LocalDate date) {
        return "%s, ngày %02d tháng %02d năm %d".formatted(provinceName, date.getDayOfMonth(), date.getMonthValue(),
                date.getYear());
    }
}
