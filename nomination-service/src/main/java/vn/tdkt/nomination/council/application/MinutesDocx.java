package vn.tdkt.nomination.council.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Renders {@link Minutes} as a Word document (Apache POI XWPF) in Times New Roman 13, the usual face of Vietnamese
 * administrative documents, so the secretary can complete and sign it.
 */
final class MinutesDocx {

    private static final String FONT = "Times New Roman";
    private static final int SIZE = 13;

    private MinutesDocx() {
    }

    static byte[] render(Minutes minutes) {
        try (XWPFDocument document = new XWPFDocument()) {
            document.getProperties().getCoreProperties().setTitle(minutes.title() + " – " + minutes.subtitle());
            paragraph(document, minutes.issuer(), true, ParagraphAlignment.LEFT, SIZE);
            paragraph(document, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, ParagraphAlignment.RIGHT, SIZE);
            paragraph(document, "Độc lập – Tự do – Hạnh phúc", true, ParagraphAlignment.RIGHT, SIZE);
            paragraph(document, minutes.title(), true, ParagraphAlignment.CENTER, 16);
            paragraph(document, minutes.subtitle(), true, ParagraphAlignment.CENTER, SIZE);
            paragraph(document, minutes.placeAndTime(), false, ParagraphAlignment.BOTH, SIZE);
            for (int i = 0; i < minutes.sections().size(); i++) {
                Minutes.Section section = minutes.sections().get(i);
                paragraph(document, section.heading(), true, ParagraphAlignment.LEFT, SIZE);
                if (i == minutes.tableAfterSection()) {
                    table(document, minutes.tableHeader(), minutes.tableRows());
                }
                for (String text : section.paragraphs()) {
                    paragraph(document, text, false, ParagraphAlignment.BOTH, SIZE);
                }
            }
            paragraph(document, "IV. KẾT LUẬN", true, ParagraphAlignment.LEFT, SIZE);
            for (String text : minutes.conclusion()) {
                paragraph(document, text, false, ParagraphAlignment.BOTH, SIZE);
            }
            XWPFTable signatures = document.createTable(3, 2);
            signatures.removeBorders();
            cell(signatures.getRow(0), 0, "THƯ KÝ HỘI ĐỒNG", true);
            cell(signatures.getRow(0), 1, "CHỦ TỊCH HỘI ĐỒNG", true);
            cell(signatures.getRow(1), 0, "(Ký, ghi rõ họ tên)", false);
            cell(signatures.getRow(1), 1, "(Ký, ghi rõ họ tên)", false);
            cell(signatures.getRow(2), 0, minutes.secretary(), true);
            cell(signatures.getRow(2), 1, minutes.chair(), true);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument document, List<String> header, List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size() + 1, header.size());
        for (int c = 0; c < header.size(); c++) {
            cell(table.getRow(0), c, header.get(c), true);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < header.size(); c++) {
                cell(table.getRow(r + 1), c, rows.get(r).get(c), false);
            }
        }
    }

    private static void cell(XWPFTableRow row, int column, String text, boolean bold) {
        XWPFParagraph paragraph = row.getCell(column).getParagraphs().get(0);
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        run(paragraph, text, bold, 11);
    }

    private static void paragraph(XWPFDocument document, String text, boolean bold, ParagraphAlignment alignment,
            int size) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        run(paragraph, text, bold, size);
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, int size) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
    }
}
