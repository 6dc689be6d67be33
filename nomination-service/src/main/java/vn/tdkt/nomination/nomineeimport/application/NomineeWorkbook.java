package vn.tdkt.nomination.nomineeimport.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tdkt.nomination.facts.ratings.application.TemplateWorkbook;
import vn.tdkt.nomination.nomineeimport.domain.NomineeColumn;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.text.TextNormalizer;

/**
 * The nominee list as an Excel workbook (Apache POI): the template with Vietnamese headers, and reading an uploaded
 * list back into raw rows (cell text by column; dates as {@link LocalDate}). Checking what the text means is the
 * import service's job.
 */
final class NomineeWorkbook {

    static final String SHEET = "Danh sách đề nghị";
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private NomineeWorkbook() {
    }

    /** A raw row: cell texts by column (blank cells absent) and the sheet row number. */
    record RawRow(int row, Map<NomineeColumn, String> cells, LocalDate dateOfBirth) {

        String get(NomineeColumn column) {
            return cells.get(column);
        }
    }

    static byte[] template(List<String> awardCodes) {
        return TemplateWorkbook.create(SHEET, Stream.of(NomineeColumn.values()).map(NomineeColumn::header).toList(),
                24, List.of("Mỗi dòng một cá nhân, tập thể hoặc hộ gia đình được đề nghị. Cột có dấu (*) là bắt buộc.",
                        "Mã hình thức khen thưởng: " + String.join(", ", awardCodes),
                        "Cá nhân: bắt buộc ngày sinh, giới tính, chức vụ. Tập thể: bắt buộc tổng số thành viên. "
                                + "Hộ gia đình: bắt buộc địa chỉ."));
    }

    /** The data rows of the first sheet; blank rows are skipped. The header row must be the template's. */
    static List<RawRow> read(byte[] xlsx) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            requireTemplateHeader(sheet.getRow(sheet.getFirstRowNum()));
            DataFormatter formatter = new DataFormatter();
            List<RawRow> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<NomineeColumn, String> cells = new EnumMap<>(NomineeColumn.class);
                LocalDate birth = null;
                for (NomineeColumn column : NomineeColumn.values()) {
                    Cell cell = row.getCell(column.ordinal());
                    if (cell == null) {
                        continue;
                    }
                    if (column == NomineeColumn.DATE_OF_BIRTH && cell.getCellType() == CellType.NUMERIC
                            && DateUtil.isCellDateFormatted(cell)) {
                        birth = cell.getDateCellValue().toInstant().atZone(ZONE).toLocalDate();
                    }
                    String text = TextNormalizer.clean(formatter.formatCellValue(cell));
                    if (text != null && !text.isEmpty()) {
                        cells.put(column, text);
                    }
                }
                if (!cells.isEmpty()) {
                    rows.add(new RawRow(r + 1, cells, birth));
                }
            }
            return rows;
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof DomainException domain) {
                throw domain;
            }
            throw DomainException.invalid("nominee-import.unreadable");
        }
    }

    private static void requireTemplateHeader(Row header) {
        if (header == null) {
            throw DomainException.invalid("nominee-import.header-mismatch", NomineeColumn.NAME.header());
        }
        DataFormatter formatter = new DataFormatter();
        for (NomineeColumn column : NomineeColumn.values()) {
            Cell cell = header.getCell(column.ordinal());
            String text = cell == null ? "" : TextNormalizer.fold(formatter.formatCellValue(cell));
            if (!TextNormalizer.fold(column.header()).equals(text)) {
                throw DomainException.invalid("nominee-import.header-mismatch", column.header());
            }
        }
    }
}
