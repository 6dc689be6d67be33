package vn.tdkt.nomination.nomineeimport.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.tdkt.nomination.nomineeimport.NomineeSheets;
import vn.tdkt.nomination.nomineeimport.domain.NomineeColumn;
import vn.tdkt.platform.domain.DomainException;

/** The nominee list read as a stream: birth dates from date cells, text left for the import to check, the row limit. */
class NomineeWorkbookTest {

    @Test
    void a_date_cell_gives_the_birth_date_and_text_that_only_looks_like_one_is_left_to_the_import() throws Exception {
        byte[] xlsx = list((workbook, sheet) -> {
            CellStyle day = workbook.createCellStyle();
            day.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row dated = sheet.createRow(1);
            dated.createCell(NomineeColumn.NAME.ordinal()).setCellValue("Nguyễn Văn An");
            dated.createCell(NomineeColumn.DATE_OF_BIRTH.ordinal()).setCellValue(LocalDate.of(1980, 5, 12));
            dated.getCell(NomineeColumn.DATE_OF_BIRTH.ordinal()).setCellStyle(day);
            Row typed = sheet.createRow(2);
            typed.createCell(NomineeColumn.NAME.ordinal()).setCellValue("Lê Thị Bình");
            typed.createCell(NomineeColumn.DATE_OF_BIRTH.ordinal()).setCellValue("1990-02-30");
        });

        List<NomineeWorkbook.RawRow> rows = NomineeWorkbook.read(xlsx);

        assertThat(rows).extracting(NomineeWorkbook.RawRow::row, NomineeWorkbook.RawRow::dateOfBirth)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, LocalDate.of(1980, 5, 12)),
                        org.assertj.core.groups.Tuple.tuple(3, null));
        assertThat(rows.get(1).get(NomineeColumn.DATE_OF_BIRTH)).isEqualTo("1990-02-30");
    }

    @Test
    void the_last_row_the_limit_allows_is_read_and_the_next_refuses_the_list() throws Exception {
        byte[] atLimit = list((workbook, sheet) -> sheet.createRow(NomineeWorkbook.MAX_ROWS)
                .createCell(NomineeColumn.NAME.ordinal()).setCellValue("Trần Văn Cường"));
        byte[] past = list((workbook, sheet) -> sheet.createRow(NomineeWorkbook.MAX_ROWS + 1)
                .createCell(NomineeColumn.NAME.ordinal()).setCellValue("Trần Văn Cường"));

        assertThat(NomineeWorkbook.read(atLimit)).singleElement()
                .satisfies(row -> assertThat(row.row()).isEqualTo(NomineeWorkbook.MAX_ROWS + 1));
        assertThatThrownBy(() -> NomineeWorkbook.read(past)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("nominee-import.too-many-rows"));
    }

    private interface Rows {
        void add(XSSFWorkbook workbook, Sheet sheet);
    }

    /** The template's header row, then the rows {@code rows} adds. */
    private static byte[] list(Rows rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(NomineeSheets.headersOnly()));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            rows.add(workbook, workbook.getSheetAt(0));
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
