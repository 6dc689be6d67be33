package vn.tdkt.plantext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a Word document (DOCX) with Apache POI XWPF, in document order:
 * <ul>
 *   <li>a paragraph is a line (its own line breaks split it); a "Heading n" style gives the heading level; Word's
 *       automatic numbering is written out ("I.", "1.", "a)", a bullet as "-") because the section parser reads the
 *       numbers, which Word keeps outside the text;</li>
 *   <li>a task table (a header row naming the content and the lead or the period) stays a table: each row arrives as
 *       its cells, a cell spanning columns is followed by empty cells so positions stay aligned, and a cell merged
 *       down from the row above repeats that row's text;</li>
 *   <li>any other table is layout (the two-column header with the issuer beside the national motto, the recipients
 *       beside the signature): its cells are read one after the other, as PDF extraction would.</li>
 * </ul>
 * Line numbers count the lines and rows read, so a warning can say "dòng 12" of the document as read.
 */
final class DocxReader {

    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)^(?:heading|tieu ?de|title)\\s*(\\d)?$");
    private static final Pattern LEVEL_PLACEHOLDER = Pattern.compile("%(\\d)");
    /** Any XML part (the body, styles, numbering…), markup included: far more than a plan's 2 MB of text needs. */
    static final long MAX_DOCUMENT_XML_BYTES = 16L * 1024 * 1024;
    /** Every part inflated: body, styles, numbering, headers, images (already compressed, they barely inflate). */
    static final long MAX_INFLATED_BYTES = 64L * 1024 * 1024;

    private final XWPFDocument document;
    private final List<SourceLine> lines = new ArrayList<>();
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    private DocxReader(XWPFDocument document) {
        this.document = document;
    }

    static List<SourceLine> read(byte[] docx) {
        requireReadableSize(docx);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            DocxReader reader = new DocxReader(document);
            reader.body(document.getBodyElements());
            return reader.lines;
        } catch (IOException | RuntimeException e) {
            if (e instanceof OLE2NotOfficeXmlFileException) {
                throw new UnreadableDocumentException(UnreadableDocumentException.Reason.LEGACY_WORD, e.getMessage());
            }
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.DAMAGED, e.toString());
        }
    }

    /**
     * POI holds the whole document as XML objects, several times the size of its XML: the parts are inflated once
     * here, as a stream that keeps nothing, and a document whose XML outgrows what a plan needs is refused before
     * POI reads it (a real plan of a hundred pages has a few MB; the plan's text may be 2 MB).
     */
    private static void requireReadableSize(byte[] docx) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                long part = 0;
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    part += n;
                    total += n;
                    if (isXml(entry) && part > MAX_DOCUMENT_XML_BYTES || total > MAX_INFLATED_BYTES) {
                        throw new UnreadableDocumentException(UnreadableDocumentException.Reason.TOO_LARGE,
                                entry.getName() + " inflates past " + (part > MAX_DOCUMENT_XML_BYTES
                                        ? MAX_DOCUMENT_XML_BYTES : MAX_INFLATED_BYTES) + " bytes");
                    }
                }
            }
        } catch (IOException e) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.DAMAGED, e.toString());
        }
    }

    /**
     * Every part but pictures may be one POI parses into XML objects: the body may live under any name the
     * relationships give it, so none is trusted by its name.
     */
    private static boolean isXml(ZipEntry entry) {
        return !entry.getName().toLowerCase(Locale.ROOT).contains("media/");
    }

    private void body(List<IBodyElement> elements) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                paragraph(paragraph);
            } else if (element instanceof XWPFTable table) {
                table(table);
            } else if (element instanceof XWPFSDT control) {
                text(control.getContent().getText(), 0);
            }
        }
    }

    private void paragraph(XWPFParagraph paragraph) {
        String label = numberLabel(paragraph);
        String text = paragraph.getText();
        text(label.isEmpty() ? text : label + " " + text, headingLevel(paragraph));
    }

    private void text(String text, int headingLevel) {
        for (String part : text.split("\\R", -1)) {
            lines.add(new SourceLine(lines.size() + 1, part, headingLevel));
        }
    }

    private int headingLevel(XWPFParagraph paragraph) {
        String id = paragraph.getStyleID();
        if (id == null) {
            return 0;
        }
        XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(id);
        String name = style == null || style.getName() == null ? id : style.getName();
        Matcher m = HEADING_STYLE.matcher(VietnameseText.fold(name).replace(" ", ""));
        if (!m.matches()) {
            m = HEADING_STYLE.matcher(VietnameseText.fold(name));
        }
        if (!m.matches()) {
            return 0;
        }
        return m.group(1) == null ? 1 : Math.max(1, Math.min(6, Integer.parseInt(m.group(1))));
    }

    /** Word's automatic number of a paragraph, as it shows it ("II.", "1.", "a)", "-" for a bullet); "" if none. */
    private String numberLabel(XWPFParagraph paragraph) {
        BigInteger numId = paragraph.getNumID();
        String format = paragraph.getNumFmt();
        if (numId == null || format == null) {
            return "";
        }
        if (format.equals("bullet")) {
            return "-";
        }
        int level = paragraph.getNumIlvl() == null ? 0 : Math.min(8, paragraph.getNumIlvl().intValue());
        int[] count = counters.computeIfAbsent(numId, id -> new int[9]);
        count[level]++;
        for (int deeper = level + 1; deeper < count.length; deeper++) {
            count[deeper] = 0;
        }
        String pattern = paragraph.getNumLevelText() == null ? "%" + (level + 1) + "." : paragraph.getNumLevelText();
        Matcher m = LEVEL_PLACEHOLDER.matcher(pattern);
        StringBuilder label = new StringBuilder();
        while (m.find()) {
            int of = Integer.parseInt(m.group(1)) - 1;
            int value = of >= 0 && of < count.length ? Math.max(1, count[of]) : 1;
            m.appendReplacement(label, Matcher.quoteReplacement(of == level ? format(value, format) : String.valueOf(value)));
        }
        m.appendTail(label);
        return label.toString().strip();
    }

    private static String format(int value, String format) {
        return switch (format) {
            case "upperRoman" -> roman(value);
            case "lowerRoman" -> roman(value).toLowerCase(Locale.ROOT);
            case "lowerLetter" -> String.valueOf((char) ('a' + (value - 1) % 26));
            case "upperLetter" -> String.valueOf((char) ('A' + (value - 1) % 26));
            default -> String.valueOf(value);
        };
    }

    private static String roman(int value) {
        String[] units = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        String[] tens = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
        return value >= 100 ? String.valueOf(value) : tens[value / 10] + units[value % 10];
    }

    private void table(XWPFTable table) {
        List<List<String>> grid = grid(table);
        boolean taskTable = grid.stream().limit(3)
                .anyMatch(row -> TableRowParser.isTaskTableHeader(SourceLine.row(0, row)));
        if (taskTable) {
            grid.forEach(row -> lines.add(SourceLine.row(lines.size() + 1, row)));
            return;
        }
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                body(cell.getBodyElements());
            }
        }
    }

    /** The table's rows as grid columns: spans padded with empty cells, vertical merges repeated downwards. */
    private static List<List<String>> grid(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        List<String> above = List.of();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr properties = cell.getCTTc().getTcPr();
                int column = cells.size();
                boolean continued = properties != null && properties.isSetVMerge()
                        && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
                cells.add(continued && column < above.size() ? above.get(column) : cellText(cell));
                int span = properties != null && properties.isSetGridSpan() ? properties.getGridSpan().getVal().intValue() : 1;
                for (int i = 1; i < span; i++) {
                    cells.add("");
                }
            }
            rows.add(cells);
            above = cells;
        }
        return rows;
    }

    private static String cellText(XWPFTableCell cell) {
        List<String> parts = new ArrayList<>();
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            String text = paragraph.getText();
            if (paragraph.getNumID() != null && "bullet".equals(paragraph.getNumFmt())) {
                text = "- " + text;
            }
            parts.add(text);
        }
        return String.join("\n", parts).strip();
    }
}
