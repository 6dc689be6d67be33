package vn.tdkt.nomination.certificate.application;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.stereotype.Component;
import vn.tdkt.nomination.register.domain.AwardRecord;
import vn.tdkt.nomination.register.domain.AwardStatus;
import vn.tdkt.nomination.register.domain.DecidingAuthority;
import vn.tdkt.nomination.vocabulary.domain.VietnameseDates;
import lombok.RequiredArgsConstructor;

/**
 * A certificate (giấy chứng nhận) of an award of the register, A4 landscape: the award, the awardee and unit, the
 * decision's number, date and authority, and a QR code of the public verify link with its code printed beside it. A
 * revoked award's certificate says so across the page. Text is NFC in DejaVu Sans, embedded as a subset.
 */
@Component
@RequiredArgsConstructor
public class CertificatePdf {

    private static final Color RED = new Color(0xB0, 0x1E, 0x23);
    private static final int QR_PIXELS_PER_MODULE = 6;

    private final CertificateProperties properties;

    /** What the certificate shows besides the award. */
    /** @param title {@code true} for an emulation title ("công nhận danh hiệu"), else a form ("tặng") */
    public record Printed(String unitName, boolean title, String verifyUrl, String code) {
    }

    public byte[] render(AwardRecord award, Printed printed) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(award.awardName() + " – " + award.subject().name());
            info.setSubject("Giấy chứng nhận khen thưởng " + printed.code());
            PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPage page = new PDPage(size);
            document.addPage(page);
            PDFont regular = VietnamesePdf.regular(document);
            PDFont bold = VietnamesePdf.bold(document);
            float w = size.getWidth();
            float h = size.getHeight();
            float centre = w / 2;
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                out.setStrokingColor(RED);
                out.setLineWidth(3);
                out.addRect(24, 24, w - 48, h - 48);
                out.stroke();
                out.setLineWidth(1);
                out.addRect(32, 32, w - 64, h - 64);
                out.stroke();
                out.setNonStrokingColor(Color.BLACK);

                float y = h - 70;
                VietnamesePdf.centred(out, bold, 13, centre, y, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
                y -= 17;
                VietnamesePdf.centred(out, bold, 12, centre, y, "Độc lập – Tự do – Hạnh phúc");
                y -= 34;
                VietnamesePdf.centred(out, bold, 13, centre, y, issuer(award.decision().authority()));
                y -= 22;
                VietnamesePdf.centred(out, regular, 12, centre, y, (printed.title() ? "Công nhận danh hiệu" : "Tặng")
                        + ":");
                y -= 38;
                out.setNonStrokingColor(RED);
                y = VietnamesePdf.centredLines(out, bold, 26, centre, y, w - 160, upper(award.awardName()));
                out.setNonStrokingColor(Color.BLACK);
                y -= 24;
                VietnamesePdf.centred(out, bold, 22, centre, y, award.subject().name());
                y -= 26;
                VietnamesePdf.centred(out, regular, 13, centre, y, "Đơn vị: " + printed.unitName());
                y -= 20;
                VietnamesePdf.centred(out, regular, 13, centre, y, "Đã có thành tích xuất sắc năm " + award.year());
                y -= 20;
                VietnamesePdf.centred(out, regular, 12, centre, y, "Quyết định số " + award.decision().number()
                        + " ngày " + VietnameseDates.DAY.format(award.decision().date()) + " của "
                        + award.decision().authority().label());

                // 3 points per module: about 1 mm, as phone scanners like it; the quiet zone is inside the image
                // the code is made (and read back) once: the image's width in modules gives its printed size
                BufferedImage qrImage = QrCodes.image(printed.verifyUrl(), QR_PIXELS_PER_MODULE);
                PDImageXObject qr = LosslessFactory.createFromImage(document, qrImage);
                float qrSize = 3f * qrImage.getWidth() / QR_PIXELS_PER_MODULE;
                out.drawImage(qr, 48, 50, qrSize, qrSize);
                // the lines about the code stand well clear of it (beyond its quiet zone, 16 points more): text right
                // under a finder pattern can make a scanner miss the pattern
                float textX = 48 + qrSize + 16;
                VietnamesePdf.text(out, regular, 8, textX, 50 + qrSize - 20, "Quét mã QR để kiểm tra khen thưởng này");
                VietnamesePdf.text(out, regular, 8, textX, 50 + qrSize - 32, "trong sổ khen thưởng của tỉnh "
                        + properties.provinceName() + ".");
                VietnamesePdf.text(out, regular, 8, textX, 50 + qrSize - 44, "Mã: " + printed.code());
                VietnamesePdf.text(out, regular, 8, textX, 50 + qrSize - 56, "Kiểm tra tại:");
                VietnamesePdf.text(out, regular, 8, textX, 50 + qrSize - 68, printed.verifyUrl());

                float signX = w - 200;
                VietnamesePdf.centred(out, regular, 12, signX, 150, properties.placeAndDate(award.decision().date()));
                VietnamesePdf.centred(out, bold, 12, signX, 132, upper(award.decision().authority().label()));
                if (award.decision().signer() != null) {
                    VietnamesePdf.centred(out, bold, 13, signX, 70, award.decision().signer());
                }
                if (award.status() == AwardStatus.REVOKED) {
                    out.setNonStrokingColor(RED);
                    // across the page but above the QR code: a longer verify URL gives a taller code (a higher QR
                    // version), and the stamp over its finder patterns made it unreadable
                    float stampY = Math.max(190, 50 + qrSize + 12);
                    VietnamesePdf.centred(out, bold, 20, centre, stampY, "ĐÃ HỦY BỎ theo Quyết định số "
                            + award.revocation().decisionNumber() + " ngày "
                            + VietnameseDates.DAY.format(award.revocation().decisionDate()));
                }
            }
            return VietnamesePdf.bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Locale VI = Locale.forLanguageTag("vi");

    private String issuer(DecidingAuthority authority) {
        return switch (authority) {
            case CHU_TICH_UBND_TINH -> "CHỦ TỊCH " + properties.issuer();
            default -> upper(authority.label());
        };
    }

    private static String upper(String text) {
        return text.toUpperCase(VI);
    }
}
