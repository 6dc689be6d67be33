package vn.tdkt.nomination.nomineeimport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Fills the downloaded template the way a unit's officer would, one row per nominee. */
public final class NomineeSheets {

    /** The rows a list may have after its header (the import's limit). */
    public static final int MAX_ROWS = 5_000;

    private NomineeSheets() {
    }

    /** A workbook with just the template's header row (what the template endpoint serves, minus the help sheet). */
    public static byte[] headersOnly() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row header = workbook.createSheet("Danh sách đề nghị").createRow(0);
            for (vn.tdkt.nomination.nomineeimport.domain.NomineeColumn column
                    : vn.tdkt.nomination.nomineeimport.domain.NomineeColumn.values()) {
                header.createCell(column.ordinal()).setCellValue(column.header());
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Cells in template order: name, type, birth, gender, position, national ID, unit, award, year, summary, … */
    public static byte[] fill(byte[] template, List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    if (cells.get(c) != null) {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    public static List<String> person(String name, String birth, String gender, String nationalId, String award,
            String achievementId) {
        return java.util.Arrays.asList(name, "Cá nhân", birth, gender, "Giáo viên", nationalId, null, award, "2025",
                "Hoàn thành xuất sắc nhiệm vụ năm học 2024-2025", achievementId);
    }

    public static List<String> collective(String name, String unit, String members, String ldtt) {
        return java.util.Arrays.asList(name, "Tập thể", null, null, null, null, unit, "TTLDTT", "2025",
                "Tập thể hoàn thành tốt nhiệm vụ", null, null, members, "10", ldtt, "1", "HTNV", "0");
    }
}
