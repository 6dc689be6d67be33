package vn.tdkt.nomination.certificate.application;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.tdkt.platform.text.TextNormalizer;

/**
 * What this service's PDFs (certificates, tờ trình) share: the DejaVu Sans font (Bitstream Vera licence,
 * {@code fonts/LICENSE-DejaVu.txt}), which has every Vietnamese letter, embedded as a subset so that a reader without
 * it shows the same text and a text extractor reads it back; NFC text; and line wrapping by measured width.
 */
public final class VietnamesePdf {

    static final String REGULAR = "fonts/DejaVuSans.ttf";
    static final String BOLD = "fonts/DejaVuSans-Bold.ttf";

    private static final byte[] REGULAR_BYTES = read(REGULAR);
    private static final byte[] BOLD_BYTES = read(BOLD);

    private VietnamesePdf() {
    }

    /** The regular face, embedded (as a subset) in {@code document}. */
    public static PDFont regular(PDDocument document) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(REGULAR_BYTES), true);
    }

    public static PDFont bold(PDDocument document) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(BOLD_BYTES), true);
    }

    /** {@code text} in NFC, split into lines no wider than {@code width} points (words kept whole where they fit). */
    public static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : TextNormalizer.nfc(text == null ? "" : text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (line.isEmpty() || width(candidate, font, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    public static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(TextNormalizer.nfc(text)) / 1000f * size;
    }

    /** One line at ({@code x}, {@code y}). */
    public static void text(PDPageContentStream content, PDFont font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(TextNormalizer.nfc(text));
        content.endText();
    }

    /** One line centred on {@code centreX}. */
    public static void centred(PDPageContentStream content, PDFont font, float size, float centreX, float y,
            String text) throws IOException {
        text(content, font, size, centreX - width(text, font, size) / 2, y, text);
    }

    /** Wrapped lines from {@code y} down, each centred; returns the y below the last line. */
    public static float centredLines(PDPageContentStream content, PDFont font, float size, float centreX, float y,
            float width, String text) throws IOException {
        float lineY = y;
        for (String line : wrap(text, font, size, width)) {
            centred(content, font, size, centreX, lineY, line);
            lineY -= size * 1.35f;
        }
        return lineY;
    }

    /** The document's bytes. */
    public static byte[] bytes(PDDocument document) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = VietnamesePdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
