package vn.tdkt.nomination.register.application;

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
import vn.tdkt.nomination.register.domain.DecidingAuthority;
import vn.tdkt.nomination.register.domain.RegisterColumn;

/** The historical-decisions template (Apache POI): Vietnamese headers, and a sheet explaining the values. */
final class RegisterWorkbook {

    static final String SHEET = "Sổ khen thưởng";

    private RegisterWorkbook() {
    }

    /** @param awards "CODE – name" of the awards of the catalogue in force */
    static byte[] template(List<String> awards) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            Row header = sheet.createRow(0);
            for (RegisterColumn column : RegisterColumn.values()) {
                Cell cell = header.createCell(column.ordinal());
                cell.setCellValue(column.header());
                cell.setCellStyle(bold);
                sheet.setColumnWidth(column.ordinal(), 22 * 256);
            }
            sheet.createFreezePane(0, 1);
            Sheet help = workbook.createSheet("Hướng dẫn");
            int r = 0;
            help.createRow(r++).createCell(0).setCellValue("Mỗi dòng một khen thưởng đã quyết định. Cột có dấu (*) là "
                    + "bắt buộc. Một dòng lỗi thì không dòng nào được nhập; nhập lại cùng tệp không ghi trùng.");
            help.createRow(r++).createCell(0).setCellValue("Đối tượng: Cá nhân, Tập thể hoặc Hộ gia đình. Cá nhân cần "
                    + "số định danh cá nhân (12 chữ số) hoặc ngày sinh (dd/mm/yyyy). Tập thể: mã đơn vị là mã của "
                    + "chính tập thể.");
            help.createRow(r++).createCell(0).setCellValue("Loại hình khen thưởng: Công trạng (mặc định), Chuyên đề, "
                    + "Đột xuất, Cống hiến.");
            help.createRow(r++).createCell(0).setCellValue("Hình thức khen thưởng (mã hoặc tên):");
            for (String award : awards) {
                help.createRow(r++).createCell(0).setCellValue("  " + award);
            }
            help.createRow(r++).createCell(0).setCellValue("Thẩm quyền quyết định (mã hoặc tên):");
            for (DecidingAuthority authority : DecidingAuthority.values()) {
                help.createRow(r++).createCell(0).setCellValue("  " + authority.name() + " – " + authority.label());
            }
            help.setColumnWidth(0, 120 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
