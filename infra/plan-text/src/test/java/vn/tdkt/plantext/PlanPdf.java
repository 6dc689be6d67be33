package vn.tdkt.plantext;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Prints a {@link TestPlan} to PDF with Apache PDFBox, the way Word prints a plan: A4, justified paragraphs wrapped to
 * the text width, two columns side by side where the plan has them, and the appendix as a ruled table whose cells
 * wrap, whose group rows span the columns, and whose header row is repeated on every page it runs onto. The font is
 * Liberation Sans (shipped inside PDFBox), embedded as a subset, so every Vietnamese letter is in the text layer.
 */
public final class PlanPdf {

    private static final float MARGIN_LEFT = 70;
    private static final float MARGIN_RIGHT = 50;
    private static final float MARGIN_TOP = 60;
    private static final float MARGIN_BOTTOM = 60;
    private static final float BODY_SIZE = 11;
    private static final float TABLE_SIZE = 9.5f;
    private static final float PADDING = 4;
    /** Column widths of the standard five-column task table (they add up to the text width). */
    private static final float[] COLUMNS = {28, 185, 62, 85, 115};

    private PDDocument document;
    private PDFont font;
    private PDPageContentStream content;
    private float y;
    private int pages;

    public static byte[] write(TestPlan plan) {
        return new PlanPdf().print(plan);
    }

    /** A PDF of one page holding only an image-like drawing and no text: a scan. */
    public static byte[] scan() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(doc, page)) {
                for (int i = 0; i < 40; i++) {
                    stream.addRect(70, 780 - i * 15, 300 + (i * 37) % 150, 8);
                }
                stream.fill();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A PDF of some 200 KB whose one page's content inflates to 200 MB (a compression bomb, as the upload that brought
     * the reader's limits): refused as too large before it is read.
     */
    public static byte[] bomb() {
        return HostilePdf.page("").inflating(4, "", "BT /F1 12 Tf 72 712 Td (", 200L * 1024 * 1024, ") Tj ET")
                .withCrossReferenceTable();
    }

    private byte[] print(TestPlan plan) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document = doc;
            try (InputStream ttf = PDDocument.class.getResourceAsStream(
                    "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
                font = PDType0Font.load(doc, ttf);
            }
            newPage();
            int[] numbers = new int[3];
            for (TestPlan.Block block : plan.blocks()) {
                if (block.right() != null) {
                    columns(block.text(), block.right());
                } else if (block.numberLevel() >= 0) {
                    paragraph(number(numbers, block.numberLevel()) + " " + block.text(), BODY_SIZE);
                } else {
                    paragraph(block.text(), block.heading() > 0 ? BODY_SIZE + 2 : BODY_SIZE);
                }
            }
            if (!plan.tableHeader().isEmpty()) {
                table(plan);
            }
            content.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number Word prints for an automatically numbered paragraph: "I.", "1.", "a)". */
    private static String number(int[] numbers, int level) {
        numbers[level]++;
        for (int deeper = level + 1; deeper < numbers.length; deeper++) {
            numbers[deeper] = 0;
        }
        return switch (level) {
            case 0 -> new String[] {"", "I", "II", "III", "IV", "V", "VI"}[numbers[0]] + ".";
            case 1 -> numbers[1] + ".";
            default -> (char) ('a' + numbers[2] - 1) + ")";
        };
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN_TOP;
        pages++;
    }

    private float width() {
        return PDRectangle.A4.getWidth() - MARGIN_LEFT - MARGIN_RIGHT;
    }

    private float textWidth(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** A paragraph wrapped to the text width; every line but the last justified, as Word prints plans. */
    private void paragraph(String text, float size) throws IOException {
        List<List<String>> lines = wrap(text, size, width());
        for (int i = 0; i < lines.size(); i++) {
            if (y < MARGIN_BOTTOM) {
                newPage();
            }
            List<String> words = lines.get(i);
            boolean justify = i < lines.size() - 1 && words.size() > 1;
            float natural = textWidth(String.join(" ", words), size);
            float gap = textWidth(" ", size) + (justify ? (width() - natural) / (words.size() - 1) : 0);
            float x = MARGIN_LEFT;
            for (String word : words) {
                show(word, x, y, size);
                x += textWidth(word, size) + gap;
            }
            y -= size * 1.35f;
        }
        y -= size * 0.3f;
    }

    /** Two texts side by side (the issuer beside the motto, the recipients beside the signature). */
    private void columns(String left, String right) throws IOException {
        String[] leftLines = left.split("\n");
        String[] rightLines = right.split("\n");
        float half = width() / 2;
        for (int i = 0; i < Math.max(leftLines.length, rightLines.length); i++) {
            if (i < leftLines.length) {
                show(leftLines[i], MARGIN_LEFT, y, BODY_SIZE);
            }
            if (i < rightLines.length) {
                float w = textWidth(rightLines[i], BODY_SIZE);
                show(rightLines[i], MARGIN_LEFT + half + (half - w) / 2, y, BODY_SIZE);
            }
            y -= BODY_SIZE * 1.35f;
        }
        y -= BODY_SIZE * 0.3f;
    }

    private void table(TestPlan plan) throws IOException {
        List<String> header = plan.tableHeader();
        header(header);
        for (TestPlan.Row row : plan.rows()) {
            List<List<String>> cells = new ArrayList<>();
            if (row.isGroup()) {
                cells.add(List.of(row.number()));
                cells.add(lines(row.content(), spanWidth()));
            } else {
                cells.add(List.of(row.number()));
                cells.add(lines(row.content(), COLUMNS[1]));
                cells.add(lines(row.period() == null ? "" : row.period(), COLUMNS[2]));
                cells.add(lines(row.lead() == null ? "" : row.lead(), COLUMNS[3]));
                List<String> coordinators = new ArrayList<>();
                for (String unit : row.coordinators()) {
                    coordinators.addAll(lines("- " + unit + ";", COLUMNS[4]));
                }
                cells.add(coordinators);
            }
            float height = cells.stream().mapToInt(List::size).max().orElse(1) * TABLE_SIZE * 1.25f + 2 * PADDING;
            if (y - height < MARGIN_BOTTOM) {
                newPage();
                header(header);
            }
            float x = MARGIN_LEFT;
            for (int c = 0; c < cells.size(); c++) {
                float w = row.isGroup() && c == 1 ? spanWidth() : COLUMNS[c];
                content.addRect(x, y - height, w, height);
                float lineY = y - PADDING - TABLE_SIZE;
                for (String line : cells.get(c)) {
                    float offset = c == 0 ? (w - textWidth(line, TABLE_SIZE)) / 2 : PADDING;
                    show(line, x + offset, lineY, TABLE_SIZE);
                    lineY -= TABLE_SIZE * 1.25f;
                }
                x += w;
            }
            content.stroke();
            y -= height;
        }
    }

    private float spanWidth() {
        float w = 0;
        for (int c = 1; c < COLUMNS.length; c++) {
            w += COLUMNS[c];
        }
        return w;
    }

    /** The header row: each title centred in its column, wrapped when the column is narrow. */
    private void header(List<String> header) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            cells.add(lines(header.get(c), COLUMNS[c]));
        }
        float height = cells.stream().mapToInt(List::size).max().orElse(1) * TABLE_SIZE * 1.25f + 2 * PADDING;
        float x = MARGIN_LEFT;
        for (int c = 0; c < cells.size(); c++) {
            content.addRect(x, y - height, COLUMNS[c], height);
            float lineY = y - PADDING - TABLE_SIZE;
            for (String line : cells.get(c)) {
                show(line, x + (COLUMNS[c] - textWidth(line, TABLE_SIZE)) / 2, lineY, TABLE_SIZE);
                lineY -= TABLE_SIZE * 1.25f;
            }
            x += COLUMNS[c];
        }
        content.stroke();
        y -= height;
    }

    private List<String> lines(String text, float columnWidth) throws IOException {
        return wrap(text, TABLE_SIZE, columnWidth - 2 * PADDING).stream().map(words -> String.join(" ", words)).toList();
    }

    private List<List<String>> wrap(String text, float size, float width) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            List<String> longer = new ArrayList<>(line);
            longer.add(word);
            if (!line.isEmpty() && textWidth(String.join(" ", longer), size) > width) {
                lines.add(line);
                line = new ArrayList<>(List.of(word));
            } else {
                line = longer;
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private void show(String text, float x, float atY, float size) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, atY);
        content.showText(text);
        content.endText();
    }

    int pages() {
        return pages;
    }
}
