package vn.tdkt.nomination.certificate.application;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;

/**
 * QR codes (ZXing): whole pixels per module, and error correction level Q (a quarter of the code may be lost), so that
 * a phone reads a printed, folded or photographed certificate.
 * <p>A code is read back before it is printed. A few verify links in a hundred (12 of the 400 in {@code QrCodesTest}'s
 * sweep) get, from the encoder's own choice of mask, a symbol that ZXing's reader cannot find or decode even from a
 * perfect image: its data modules mislead the search for the finder and alignment patterns. Such a code is made
 * again with each of the eight mask patterns of ISO/IEC 18004 in turn until one reads back; every mask encodes the
 * same text, so any reader decodes the same link.
 */
public final class QrCodes {

    /** Pixels per module of the image read back: enough for the reader, small enough to be cheap. */
    private static final int CHECK_PIXELS = 4;
    private static final int MASKS = 8;

    private QrCodes() {
    }

    /**
     * The code of {@code text} as an image, its quiet zone included: {@code width / pixelsPerModule} modules a side.
     *
     * @param pixelsPerModule the size of one module in the image
     */
    public static BufferedImage image(String text, int pixelsPerModule) {
        return image(matrix(text), pixelsPerModule);
    }

    /** The encoder's own symbol if it reads back, else the first mask whose symbol does. */
    static BitMatrix matrix(String text) {
        BitMatrix chosen = encode(text, null);
        for (int mask = 0; !readsBack(chosen, text); mask++) {
            if (mask == MASKS) {
                throw new IllegalStateException("no mask gives a QR code that reads back for " + text);
            }
            chosen = encode(text, mask);
        }
        return chosen;
    }

    /** @param mask one of the eight mask patterns, or {@code null} for the one the encoder's penalty rules choose */
    static BitMatrix encode(String text, Integer mask) {
        Map<EncodeHintType, Object> hints = new HashMap<>(Map.of(EncodeHintType.ERROR_CORRECTION,
                ErrorCorrectionLevel.Q, EncodeHintType.MARGIN, 4, EncodeHintType.CHARACTER_SET, "UTF-8"));
        if (mask != null) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        }
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + text.length() + " characters as a QR code", e);
        }
    }

    /** Whether a reader finds and decodes {@code text} from a clean picture of the symbol. */
    static boolean readsBack(BitMatrix modules, String text) {
        BufferedImage image = image(modules, CHECK_PIXELS);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        try {
            return text.equals(new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                    DecodeHintType.CHARACTER_SET, "UTF-8")).getText());
        } catch (ReaderException e) {
            return false;
        }
    }

    private static BufferedImage image(BitMatrix modules, int pixelsPerModule) {
        int size = modules.getWidth() * pixelsPerModule;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                image.setRGB(x, y, modules.get(x / pixelsPerModule, y / pixelsPerModule) ? 0x000000 : 0xFFFFFF);
            }
        }
        return image;
    }
}
