package vn.tdkt.nomination.certificate.application;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.util.Map;

/**
 * QR codes (ZXing): whole pixels per module, and error correction level Q (a quarter of the code may be lost), so that
 * a phone reads a printed, folded or photographed certificate.
 */
public final class QrCodes {

    private QrCodes() {
    }

    /** The modules per side of the code of {@code text}, its quiet zone included. */
    public static int modules(String text) {
        return matrix(text).getWidth();
    }

    /** @param pixelsPerModule the size of one module in the image */
    public static BufferedImage image(String text, int pixelsPerModule) {
        BitMatrix modules = matrix(text);
        int size = modules.getWidth() * pixelsPerModule;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                image.setRGB(x, y, modules.get(x / pixelsPerModule, y / pixelsPerModule) ? 0x000000 : 0xFFFFFF);
            }
        }
        return image;
    }

    private static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.Q, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + text.length() + " characters as a QR code", e);
        }
    }
}
