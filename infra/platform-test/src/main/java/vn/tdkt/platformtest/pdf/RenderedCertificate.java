package vn.tdkt.platformtest.pdf;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A certificate read back as a reader and a scanner would (PDFBox, ZXing): its text (NFC), every character shown
 * checked against the embedded font (a glyph for its code, not .notdef), and its page rendered to PNG
 * ({@code target/certificates/<name>.png}) with the QR code decoded from the picture.
 *
 * @param glyphsMissing    characters shown without a glyph in their font
 * @param fontsNotEmbedded fonts used that are not embedded Type 0 fonts
 * @param qrCode           the text of the QR code on the rendered page
 */
public record RenderedCertificate(String text, List<String> glyphsMissing, List<String> fontsNotEmbedded, int charactersShown,
        String qrCode) {

    /** Reads a certificate, keeping its picture as {@code target/certificates/certificate.png}. */
    public static RenderedCertificate read(byte[] pdf) throws Exception {
        return read(pdf, "certificate");
    }

    /** Reads a certificate, keeping its picture as {@code target/certificates/<name>.png}. */
    public static RenderedCertificate read(byte[] pdf, String name) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> missing = new ArrayList<>();
            List<String> notEmbedded = new ArrayList<>();
            int[] shown = {0};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    PDFont font = text.getFont();
                    if (!(font instanceof PDType0Font type0) || !font.isEmbedded()) {
                        notEmbedded.add(font.getName());
                        return;
                    }
                    for (int code : text.getCharacterCodes()) {
                        try {
                            if (!type0.hasGlyph(code) || type0.codeToGID(code) == 0) {
                                missing.add(text.getUnicode() + " (code " + code + ")");
                            }
                        } catch (java.io.IOException e) {
                            missing.add(text.getUnicode() + ": " + e.getMessage());
                        }
                    }
                    String unicode = text.getUnicode();
                    if (unicode == null || unicode.isEmpty() || unicode.contains("\uFFFD")) {
                        missing.add("no Unicode for code " + java.util.Arrays.toString(text.getCharacterCodes()));
                    }
                    shown[0]++;
                    super.processTextPosition(text);
                }
            };
            String text = Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFC);
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 144, ImageType.RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(page, "png", png);
            Path out = Path.of("target", "certificates");
            Files.createDirectories(out);
            Files.write(out.resolve(name + ".png"), png.toByteArray());
            return new RenderedCertificate(text, missing, notEmbedded, shown[0], scan(document, png.toByteArray()));
        }
    }

    /**
     * The QR code as a phone reads it: a scanner takes frame after frame at different distances until one decodes,
     * so the page is read at 144 dpi and, failing that, at 216 and 288 dpi. The signer's text and the code's own
     * lines must not keep every frame from decoding.
     */
    static String scan(PDDocument document, byte[] png144) throws Exception {
        Exception last;
        try {
            return decode(png144);
        } catch (com.google.zxing.ReaderException e) {
            last = e;
        }
        for (int dpi : new int[] {216, 288}) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(page, "png", png);
            try {
                return decode(png.toByteArray());
            } catch (com.google.zxing.ReaderException e) {
                last = e;
            }
        }
        throw last;
    }

    /**
     * The QR code of the rendered PNG, as a phone framing it would read it: the bottom-left corner of the page, where
     * the certificate prints it, binarized the way ZXing's scanner tries it (local thresholds, then a global one).
     */
    public static String decode(byte[] png) throws Exception {
        BufferedImage page = ImageIO.read(new ByteArrayInputStream(png));
        int top = (int) (page.getHeight() * 0.55);
        BufferedImage corner = page.getSubimage(0, top, (int) (page.getWidth() * 0.35), page.getHeight() - top);
        int[] pixels = corner.getRGB(0, 0, corner.getWidth(), corner.getHeight(), null, 0, corner.getWidth());
        var source = new RGBLuminanceSource(corner.getWidth(), corner.getHeight(), pixels);
        var hints = java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE);
        com.google.zxing.Result result;
        try {
            result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), hints);
        } catch (com.google.zxing.ReaderException e) {
            result = new QRCodeReader().decode(new BinaryBitmap(
                    new com.google.zxing.common.GlobalHistogramBinarizer(source)), hints);
        }
        return new String(result.getText().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
}
