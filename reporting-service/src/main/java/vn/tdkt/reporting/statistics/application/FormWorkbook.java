package vn.tdkt.reporting.statistics.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tdkt.reporting.statistics.domain.Circular;
import vn.tdkt.reporting.statistics.domain.FilledForm;
import vn.tdkt.reporting.statistics.domain.FormDefinition;

/**
 * Writes a filled form as an xlsx sheet with the official layout (Apache POI): the header block (Biểu số, the
 * circular, the due day, reporting and receiving units), the title and year, the column headers in up to three
 * merged levels, the row of column codes (A, B, C, 1, 2, ...), the rows with "Mã số", then the notes explaining every
 * blank row, the sources, and the signature block.
 */
final class FormWorkbook {

    /** Where things are on the sheet, for readers and tests: rows and columns are 0-based. */
    static final int HEADER_TOP = 8;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private FormWorkbook() {
    }

    static byte[] write(FilledForm filled, Circular circular, int year, String reportingUnit, List<String> warnings) {
        FormDefinition form = filled.form();
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(form.key());
            sheet.getPrintSetup().setLandscape(true);
            int fixed = form.unitColumn() ? 3 : 2;
            int width = fixed + form.columns().size();
            sheet.setColumnWidth(0, 60 * 256);
            sheet.setColumnWidth(1, 9 * 256);
            if (form.unitColumn()) {
                sheet.setColumnWidth(2, 14 * 256);
            }
            for (int c = fixed; c < width; c++) {
                sheet.setColumnWidth(c, 16 * 256);
            }
            int right = Math.max(fixed, width - 2);

            text(sheet, 0, 0, "Biểu số: " + form.code(), styles.bold);
            text(sheet, 0, right, "Đơn vị báo cáo: " + reportingUnit, styles.plain);
            text(sheet, 1, 0, circular.issuedUnder(), styles.italic);
            text(sheet, 1, right, "Đơn vị nhận báo cáo: " + circular.receivingUnit(), styles.plain);
            text(sheet, 2, 0, circular.dueText(), styles.italic);
            merged(sheet, 4, 4, 0, width - 1, form.title(), styles.title);
            merged(sheet, 5, 5, 0, width - 1, "Năm " + year, styles.boldCenter);
            merged(sheet, 6, 6, 0, width - 1, "(Kỳ báo cáo: từ ngày " + circular.periodFrom(year).format(DAY)
                    + " đến ngày " + circular.periodTo(year).format(DAY) + ")", styles.italicCenter);
            if (form.unitOfMeasure() != null) {
                text(sheet, 7, width - 1, "Đơn vị tính: " + form.unitOfMeasure(), styles.italicRight);
            }

            int depth = form.headerDepth();
            int codeRow = HEADER_TOP + depth;
            for (int r = HEADER_TOP; r <= codeRow; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < width; c++) {
                    row.createCell(c).setCellStyle(styles.header);
                }
            }
            merged(sheet, HEADER_TOP, codeRow - 1, 0, 0, "", styles.header);
            merged(sheet, HEADER_TOP, codeRow - 1, 1, 1, "Mã số", styles.header);
            List<String> codes = new ArrayList<>(List.of("A", "B"));
            if (form.unitColumn()) {
                merged(sheet, HEADER_TOP, codeRow - 1, 2, 2, "Đơn vị tính", styles.header);
                codes.add("C");
            }
            headers(sheet, form.columns(), fixed, depth, styles.header);
            form.columns().forEach(column -> codes.add(column.code()));
            for (int c = 0; c < codes.size(); c++) {
                sheet.getRow(codeRow).getCell(c).setCellValue(codes.get(c));
            }

            int r = codeRow + 1;
            for (FilledForm.FilledRow filledRow : filled.rows()) {
                Row row = sheet.createRow(r++);
                FormDefinition.Row definition = filledRow.row();
                CellStyle label = definition.bold() ? styles.cellBold : styles.cell;
                cell(row, 0, label).setCellValue(definition.label());
                cell(row, 1, styles.cellCenter).setCellValue(definition.code() == null ? "" : definition.code());
                if (form.unitColumn()) {
                    cell(row, 2, styles.cellCenter).setCellValue(definition.unit() == null ? "" : definition.unit());
                }
                for (int i = 0; i < filledRow.values().size(); i++) {
                    Long value = filledRow.values().get(i);
                    Cell cell = cell(row, fixed + i, definition.bold() ? styles.numberBold : styles.number);
                    if (value != null) {
                        cell.setCellValue(value);
                    }
                }
            }

            r++;
            List<String> notes = new ArrayList<>(filled.notes());
            notes.add("Căn cứ: " + circular.citation() + ". Bố cục biểu: " + form.layoutStatus() + ".");
            notes.addAll(warnings.stream().map(w -> "Lưu ý: " + w).toList());
            text(sheet, r++, 0, "Ghi chú:", styles.bold);
            for (String note : notes) {
                text(sheet, r++, 0, note, styles.note);
            }
            r++;
            text(sheet, r, right, "…, ngày … tháng … năm …", styles.italicCenter);
            text(sheet, r + 1, 0, "Người lập biểu", styles.boldCenter);
            text(sheet, r + 1, right, "Thủ trưởng đơn vị", styles.boldCenter);
            text(sheet, r + 2, 0, "(Ký, họ tên)", styles.italicCenter);
            text(sheet, r + 2, right, "(Ký, họ tên, đóng dấu)", styles.italicCenter);
            sheet.createFreezePane(fixed, codeRow + 1);

            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Merges consecutive equal group (and header) texts; a column without a lower level spans down to it. */
    private static void headers(Sheet sheet, List<FormDefinition.Column> columns, int first, int depth,
            CellStyle style) {
        int last = HEADER_TOP + depth - 1;
        int i = 0;
        while (i < columns.size()) {
            FormDefinition.Column column = columns.get(i);
            int c = first + i;
            if (column.group() == null) {
                merged(sheet, HEADER_TOP, last, c, c, column.header(), style);
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < columns.size() && Objects.equals(columns.get(end + 1).group(), column.group())) {
                end++;
            }
            merged(sheet, HEADER_TOP, HEADER_TOP, c, first + end, column.group(), style);
            int j = i;
            while (j <= end) {
                FormDefinition.Column inner = columns.get(j);
                int headerEnd = j;
                while (headerEnd + 1 <= end && Objects.equals(columns.get(headerEnd + 1).header(), inner.header())) {
                    headerEnd++;
                }
                int headerBottom = depth == 3 && inner.sub() != null ? HEADER_TOP + 1 : last;
                merged(sheet, HEADER_TOP + 1, headerBottom, first + j, first + headerEnd, inner.header(), style);
                if (depth == 3) {
                    for (int k = j; k <= headerEnd; k++) {
                        if (columns.get(k).sub() != null) {
                            sheet.getRow(last).getCell(first + k).setCellValue(columns.get(k).sub());
                        }
                    }
                }
                j = headerEnd + 1;
            }
            i = end + 1;
        }
    }

    private static void merged(Sheet sheet, int firstRow, int lastRow, int firstCol, int lastCol, String value,
            CellStyle style) {
        Row row = sheet.getRow(firstRow) == null ? sheet.createRow(firstRow) : sheet.getRow(firstRow);
        Cell cell = row.getCell(firstCol) == null ? row.createCell(firstCol) : row.getCell(firstCol);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        if (firstRow != lastRow || firstCol != lastCol) {
            sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
        }
    }

    private static void text(Sheet sheet, int r, int c, String value, CellStyle style) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static Cell cell(Row row, int c, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellStyle(style);
        return cell;
    }

    /** Times New Roman, as official forms are printed. */
    private static final class Styles {
        final CellStyle plain;
        final CellStyle bold;
        final CellStyle italic;
        final CellStyle title;
        final CellStyle boldCenter;
        final CellStyle italicCenter;
        final CellStyle italicRight;
        final CellStyle header;
        final CellStyle cell;
        final CellStyle cellBold;
        final CellStyle cellCenter;
        final CellStyle number;
        final CellStyle numberBold;
        final CellStyle note;

        Styles(Workbook workbook) {
            Font regular = font(workbook, false, false, 12);
            Font strong = font(workbook, true, false, 12);
            Font slanted = font(workbook, false, true, 12);
            Font big = font(workbook, true, false, 13);
            plain = style(workbook, regular, HorizontalAlignment.LEFT, false, false);
            bold = style(workbook, strong, HorizontalAlignment.LEFT, false, false);
            italic = style(workbook, slanted, HorizontalAlignment.LEFT, false, false);
            title = style(workbook, big, HorizontalAlignment.CENTER, false, true);
            boldCenter = style(workbook, strong, HorizontalAlignment.CENTER, false, false);
            italicCenter = style(workbook, slanted, HorizontalAlignment.CENTER, false, false);
            italicRight = style(workbook, slanted, HorizontalAlignment.RIGHT, false, false);
            header = style(workbook, strong, HorizontalAlignment.CENTER, true, true);
            cell = style(workbook, regular, HorizontalAlignment.LEFT, true, true);
            cellBold = style(workbook, strong, HorizontalAlignment.LEFT, true, true);
            cellCenter = style(workbook, regular, HorizontalAlignment.CENTER, true, true);
            number = style(workbook, regular, HorizontalAlignment.RIGHT, true, false);
            numberBold = style(workbook, strong, HorizontalAlignment.RIGHT, true, false);
            note = style(workbook, slanted, HorizontalAlignment.LEFT, false, false);
        }

        private static Font font(Workbook workbook, boolean bold, boolean italic, int points) {
            Font font = workbook.createFont();
            font.setFontName("Times New Roman");
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            font.setItalic(italic);
            return font;
        }

        private static CellStyle style(Workbook workbook, Font font, HorizontalAlignment alignment, boolean border,
                boolean wrap) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setAlignment(alignment);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setWrapText(wrap);
            if (border) {
                style.setBorderTop(BorderStyle.THIN);
                style.setBorderBottom(BorderStyle.THIN);
                style.setBorderLeft(BorderStyle.THIN);
                style.setBorderRight(BorderStyle.THIN);
            }
            return style;
        }
    }
}
