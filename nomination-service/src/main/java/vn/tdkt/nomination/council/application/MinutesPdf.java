package vn.tdkt.nomination.council.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders {@link Minutes} as an A4 PDF with PDFBox, the DejaVu Sans font embedded (subset) so that every Vietnamese
 * letter shows on any reader ({@code fonts/DejaVuSans*.ttf}, licence beside them). Text is wrapped to the page and
 * table cells to their column; a page break comes wherever the next line or row does not fit.
 */
final class MinutesPdf {

    private static final float MARGIN = 50;
    private static final float BODY = 11;
    private static final float SMALL = 8.5f;
    private static final float[] COLUMNS = {0.05f, 0.22f, 0.17f, 0.07f, 0.08f, 0.08f, 0.13f, 0.08f, 0.12f};

    private final PDDocument document;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private PDPageContentStream out;
    private float y;

    private MinutesPdf(PDDocument document) throws IOException {
        this.document = document;
        this.regular = font(document, "/fonts/DejaVuSans.ttf");
        this.bold = font(document, "/fonts/DejaVuSans-Bold.ttf");
    }

    static byte[] render(Minutes minutes) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(minutes.title() + " – " + minutes.subtitle());
            info.setCreator("TĐKT nomination-service");
            document.getDocumentCatalog().setLanguage("vi-VN");
            MinutesPdf pdf = new MinutesPdf(document);
            pdf.write(minutes);
            pdf.out.close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Minutes minutes) throws IOException {
        newPage();
        heading(minutes.issuer());
        y -= leading(BODY);
        line(bold, 15, minutes.title(), Align.CENTER);
        line(bold, BODY, minutes.subtitle(), Align.CENTER);
        y -= leading(BODY) / 2;
        paragraph(regular, BODY, minutes.placeAndTime());
        for (int i = 0; i < minutes.sections().size(); i++) {
            Minutes.Section section = minutes.sections().get(i);
            y -= leading(BODY) / 2;
            paragraph(bold, BODY, section.heading());
            if (i == minutes.tableAfterSection()) {
                table(minutes.tableHeader(), minutes.tableRows());
            }
            for (String paragraph : section.paragraphs()) {
                paragraph(regular, BODY, paragraph);
            }
        }
        y -= leading(BODY) / 2;
        paragraph(bold, BODY, "IV. KẾT LUẬN");
        for (String paragraph : minutes.conclusion()) {
            paragraph(regular, BODY, paragraph);
        }
        signatures(minutes);
    }

    private enum Align { LEFT, CENTER, RIGHT }

    /** The issuing body on the left, the national motto on the right, as Vietnamese administrative documents. */
    private void heading(String issuer) throws IOException {
        float half = usableWidth() * 0.45f;
        float top = y;
        float size = 10;
        float lineY = top - size;
        for (String line : wrap(bold, size, issuer, half)) {
            text(bold, size, MARGIN + (half - width(bold, size, line)) / 2, lineY, line);
            lineY -= leading(size);
        }
        float right = PDRectangle.A4.getWidth() - MARGIN;
        float motto = top - size;
        for (String line : List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc")) {
            text(bold, size, right - usableWidth() * 0.275f - width(bold, size, line) / 2, motto, line);
            motto -= leading(size);
        }
        y = Math.min(lineY, motto) + leading(size) - size;
    }

    private void line(PDType0Font font, float size, String text, Align align) throws IOException {
        ensure(leading(size));
        float width = width(font, size, text);
        float pageWidth = PDRectangle.A4.getWidth();
        float x = switch (align) {
            case LEFT -> MARGIN;
            case CENTER -> (pageWidth - width) / 2;
            case RIGHT -> pageWidth - MARGIN - width;
        };
        text(font, size, x, y - size, text);
        y -= leading(size);
    }

    private void paragraph(PDType0Font font, float size, String text) throws IOException {
        for (String line : wrap(font, size, text, usableWidth())) {
            ensure(leading(size));
            text(font, size, MARGIN, y - size, line);
            y -= leading(size);
        }
    }

    private void table(List<String> header, List<List<String>> rows) throws IOException {
        row(bold, header);
        for (List<String> cells : rows) {
            row(regular, cells);
        }
        y -= leading(BODY) / 2;
    }

    private void row(PDType0Font font, List<String> cells) throws IOException {
        float total = usableWidth();
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int c = 0; c < cells.size(); c++) {
            List<String> cell = wrap(font, SMALL, cells.get(c), total * COLUMNS[c] - 6);
            wrapped.add(cell);
            lines = Math.max(lines, cell.size());
        }
        float height = lines * leading(SMALL) + 6;
        ensure(height);
        float x = MARGIN;
        for (int c = 0; c < cells.size(); c++) {
            float w = total * COLUMNS[c];
            out.addRect(x, y - height, w, height);
            float lineY = y - 3 - SMALL;
            for (String text : wrapped.get(c)) {
                text(font, SMALL, x + 3, lineY, text);
                lineY -= leading(SMALL);
            }
            x += w;
        }
        out.stroke();
        y -= height;
    }

    private void signatures(Minutes minutes) throws IOException {
        ensure(6 * leading(BODY));
        y -= leading(BODY);
        float half = usableWidth() / 2;
        float top = y;
        column(MARGIN, half, top, "THƯ KÝ HỘI ĐỒNG", minutes.secretary());
        column(MARGIN + half, half, top, "CHỦ TỊCH HỘI ĐỒNG", minutes.chair());
        y = top - 6 * leading(BODY);
    }

    private void column(float x, float width, float top, String role, String name) throws IOException {
        text(bold, BODY, x + (width - width(bold, BODY, role)) / 2, top - BODY, role);
        String note = "(Ký, ghi rõ họ tên)";
        text(regular, SMALL, x + (width - width(regular, SMALL, note)) / 2, top - BODY - leading(BODY), note);
        if (name != null && !name.isBlank()) {
            text(bold, BODY, x + (width - width(bold, BODY, name)) / 2, top - BODY - 5 * leading(BODY), name);
        }
    }

    private void text(PDType0Font font, float size, float x, float baseline, String text) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, baseline);
        out.showText(text);
        out.endText();
    }

    private void ensure(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        out = new PDPageContentStream(document, page);
        out.setLineWidth(0.5f);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private static float usableWidth() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    private static float leading(float size) {
        return size * 1.45f;
    }

    private static float width(PDType0Font font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Words on lines no wider than {@code max}; a word longer than a line is cut where it must be. */
    private static List<String> wrap(PDType0Font font, float size, String text, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (width(font, size, candidate) <= max) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
                current.setLength(0);
            }
            String rest = word;
            while (width(font, size, rest) > max && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(font, size, rest.substring(0, cut)) > max) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            current.append(rest);
        }
        if (!current.isEmpty() || lines.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    private static PDType0Font font(PDDocument document, String resource) throws IOException {
        try (InputStream in = MinutesPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from the classpath");
            }
            return PDType0Font.load(document, in, true);
        }
    }
}
