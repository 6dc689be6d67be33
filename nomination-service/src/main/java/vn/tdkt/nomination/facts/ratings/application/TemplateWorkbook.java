package vn.tdkt.nomination.facts.ratings.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An import template people fill in Excel (Apache POI): a data sheet with bold, wrapped headers frozen above the
 * rows, and a "Hướng dẫn" sheet that explains the values, one line a row. {@link SpreadsheetReader} reads it back.
 */
public final class TemplateWorkbook {

    private TemplateWorkbook() {
    }

    /**
     * @param columnWidth each data column's width, in characters
     * @param help        the lines of the help sheet
     */
    public static byte[] create(String sheetName, List<String> headers, int columnWidth, List<String> help) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, columnWidth * 256);
            }
            sheet.createFreezePane(0, 1);
            Sheet helpSheet = workbook.createSheet("Hướng dẫn");
            for (int r = 0; r < help.size(); r++) {
                helpSheet.createRow(r).createCell(0).setCellValue(help.get(r));
            }
            helpSheet.setColumnWidth(0, 120 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
