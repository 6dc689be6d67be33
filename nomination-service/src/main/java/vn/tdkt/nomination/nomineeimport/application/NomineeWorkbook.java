package vn.tdkt.nomination.nomineeimport.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.tdkt.nomination.facts.ratings.application.TemplateWorkbook;
import vn.tdkt.nomination.facts.ratings.application.XlsxSheet;
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
    /** Rows a list may have after its header: far more than any batch, few enough to hold in memory. */
    static final int MAX_ROWS = 5_000;
    private static final XlsxSheet.Codes CODES = new XlsxSheet.Codes("nominee-import.too-many-rows",
            "nominee-import.oversized", "nominee-import.unreadable");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

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

    /**
     * The data rows of the first sheet, read as a stream ({@link XlsxSheet}); blank rows are skipped. The first row
     * with any cell is the header and must be the template's.
     */
    static List<RawRow> read(byte[] xlsx) {
        List<List<String>> sheet = XlsxSheet.rows(xlsx, MAX_ROWS, CODES);
        int header = 0;
        while (header < sheet.size() && sheet.get(header).stream().allMatch(String::isBlank)) {
            header++;
        }
        requireTemplateHeader(header < sheet.size() ? sheet.get(header) : List.of());
        List<RawRow> rows = new ArrayList<>();
        for (int r = header + 1; r < sheet.size(); r++) {
            List<String> row = sheet.get(r);
            Map<NomineeColumn, String> cells = new EnumMap<>(NomineeColumn.class);
            LocalDate birth = null;
            for (NomineeColumn column : NomineeColumn.values()) {
                String text = column.ordinal() < row.size() ? TextNormalizer.clean(row.get(column.ordinal())) : null;
                if (text == null || text.isEmpty()) {
                    continue;
                }
                if (column == NomineeColumn.DATE_OF_BIRTH && ISO_DATE.matcher(text).matches()) {
                    birth = isoDate(text); // a date cell: the reader gives it as an ISO date
                }
                cells.put(column, text);
            }
            if (!cells.isEmpty()) {
                rows.add(new RawRow(r + 1, cells, birth));
            }
        }
        return rows;
    }

    /** A date cell's ISO date; null for text that only looks like one ("1990-02-30"), which the import checks. */
    private static LocalDate isoDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static void requireTemplateHeader(List<String> header) {
        for (NomineeColumn column : NomineeColumn.values()) {
            String text = column.ordinal() < header.size() ? TextNormalizer.fold(header.get(column.ordinal())) : "";
            if (!TextNormalizer.fold(column.header()).equals(text)) {
                throw DomainException.invalid("nominee-import.header-mismatch", column.header());
            }
        }
    }
}
