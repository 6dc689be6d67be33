package vn.tdkt.nomination.facts.ratings.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * {@link XlsxSheet} reads what a person's workbook holds as the user model did, and stops a hostile one where it
 * crosses a limit: the workbooks are built here, the hostile ones part by part, streamed into the zip.
 */
class XlsxSheetTest {

    @Test
    void reads_text_numbers_dates_and_gaps_as_a_person_typed_them() throws Exception {
        byte[] xlsx = written(workbook -> {
            Sheet sheet = workbook.createSheet("Xếp loại");
            Row header = sheet.createRow(0);
            List.of("Họ và tên", "Ngày sinh", "Số định danh", "Hệ số").forEach(
                    text -> header.createCell(header.getPhysicalNumberOfCells()).setCellValue(text));
            Row person = sheet.createRow(1);
            person.createCell(0).setCellValue("Nguyễn Thị Hồng");
            person.createCell(1).setCellValue(LocalDate.of(1985, 3, 15));
            person.getCell(1).setCellStyle(format(workbook, "dd/mm/yyyy"));
            person.createCell(2).setCellValue(14_079_000_321d);
            person.createCell(3).setCellValue(2.5);
            sheet.createRow(3).createCell(3).setCellValue("x");
        });

        assertThat(XlsxSheet.rows(xlsx, 10)).containsExactly(
                List.of("Họ và tên", "Ngày sinh", "Số định danh", "Hệ số"),
                List.of("Nguyễn Thị Hồng", "1985-03-15", "14079000321", "2.5"),
                List.of(),
                List.of("", "", "", "x"));
    }

    @Test
    void a_cell_whose_formula_failed_refuses_the_upload_naming_the_cell_not_reading_it_as_text() throws Exception {
        byte[] xlsx = written(workbook -> {
            Sheet sheet = workbook.createSheet("Danh sách");
            sheet.createRow(0).createCell(0).setCellValue("ERROR: chỉ là chữ");
            Row person = sheet.createRow(4);
            person.createCell(0).setCellValue("Nguyễn Thị Hồng");
            person.createCell(2).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.NA.getCode());
        });

        vn.tdkt.platform.domain.DomainException refused = catchThrowableOfType(
                vn.tdkt.platform.domain.DomainException.class,
                () -> XlsxSheet.rows(xlsx, 10, new XlsxSheet.Codes("rows", "oversized", "unreadable")));

        assertThat(refused.code()).isEqualTo("import.formula-error");
        assertThat(refused.args()).containsExactly("C5", "#N/A");
        assertThat(XlsxSheet.rows(written(workbook -> workbook.createSheet("x").createRow(0).createCell(0)
                .setCellValue("ERROR: chỉ là chữ")), 10)).containsExactly(List.of("ERROR: chỉ là chữ"));
    }

    @Test
    void a_row_past_the_limit_stops_the_read_at_that_row() throws Exception {
        byte[] xlsx = workbook(sheet -> {
            for (int r = 1; r <= 200_000; r++) {
                sheet.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>" + r
                        + "</t></is></c></row>");
            }
        }, null);

        XlsxSheet.RefusedException refused = catchThrowableOfType(XlsxSheet.RefusedException.class,
                () -> XlsxSheet.rows(xlsx, 100));

        assertThat(refused.refusal()).isEqualTo(XlsxSheet.Refusal.TOO_MANY_ROWS);
        assertThat(refused).hasMessageEndingWith("row 102"); // the first row past the limit, not the sheet's last
    }

    @Test
    void a_cell_longer_than_excel_allows_is_refused_before_it_is_held() throws Exception {
        byte[] xlsx = workbook(sheet -> sheet.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
                + "a".repeat(XlsxSheet.MAX_CELL_CHARS + 1) + "</t></is></c></row>"), null);

        assertThat(catchThrowableOfType(XlsxSheet.RefusedException.class, () -> XlsxSheet.rows(xlsx, 10)).refusal())
                .isEqualTo(XlsxSheet.Refusal.OVERSIZED);
    }

    @Test
    void shared_strings_past_their_cap_are_refused_before_they_are_held() throws Exception {
        byte[] xlsx = workbook(sheet -> sheet.write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"),
                strings -> {
                    // distinct strings, so that the part compresses like text and not like a bomb
                    for (long i = 0; i < XlsxSheet.MAX_PART_BYTES / 20; i++) {
                        strings.write("<si><t>" + Long.toString(i * 2_654_435_761L, 36) + " người</t></si>");
                    }
                });

        assertThat(catchThrowableOfType(XlsxSheet.RefusedException.class, () -> XlsxSheet.rows(xlsx, 10)).refusal())
                .isEqualTo(XlsxSheet.Refusal.OVERSIZED);
    }

    @Test
    void a_sheet_that_inflates_a_thousandfold_is_refused() throws Exception {
        String padding = " ".repeat(1 << 20);
        byte[] xlsx = workbook(sheet -> {
            for (int i = 0; i < 300; i++) { // 300 MB of blanks in a file of a few hundred kB
                sheet.write(padding);
            }
        }, null);

        assertThat(xlsx.length).isLessThan(1 << 20);
        assertThat(catchThrowableOfType(XlsxSheet.RefusedException.class, () -> XlsxSheet.rows(xlsx, 10)).refusal())
                .isIn(XlsxSheet.Refusal.UNREADABLE, XlsxSheet.Refusal.OVERSIZED);
    }

    @Test
    void a_sheet_past_its_byte_cap_is_refused_however_well_it_compresses() throws Exception {
        byte[] xlsx = workbook(sheet -> {
            for (int r = 1; r <= 40_000; r++) { // some 3 MB of real rows
                sheet.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>Nguyễn Văn " + r
                        + "</t></is></c></row>");
            }
        }, null);

        assertThat(XlsxSheet.rows(xlsx, 100_000, 4L << 20)).hasSize(40_000);
        assertThat(catchThrowableOfType(XlsxSheet.RefusedException.class,
                () -> XlsxSheet.rows(xlsx, 100_000, 2L << 20)).refusal()).isEqualTo(XlsxSheet.Refusal.OVERSIZED);
    }

    @Test
    void a_row_given_again_cannot_pass_the_row_limit() throws Exception {
        byte[] xlsx = workbook(sheet -> {
            for (int i = 0; i < 1_000; i++) {
                sheet.write("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
            }
        }, null);

        assertThat(catchThrowableOfType(XlsxSheet.RefusedException.class, () -> XlsxSheet.rows(xlsx, 10)).refusal())
                .isEqualTo(XlsxSheet.Refusal.UNREADABLE);
    }

    @Test
    void cells_given_again_are_not_kept_and_cells_past_the_cap_refuse_the_file() throws Exception {
        byte[] again = workbook(sheet -> sheet.write("<row r=\"1\">" + "<c r=\"A1\"><v>1</v></c>".repeat(1_000)
                + "</row>"), null);
        byte[] wide = workbook(sheet -> {
            for (int r = 1; r <= XlsxSheet.MAX_CELLS / 256 + 1; r++) { // one cell in column IV pads 255 before it
                sheet.write("<row r=\"" + r + "\"><c r=\"IV" + r + "\"><v>1</v></c></row>");
            }
        }, null);

        assertThat(XlsxSheet.rows(again, 10)).containsExactly(List.of("1"));
        assertThat(catchThrowableOfType(XlsxSheet.RefusedException.class, () -> XlsxSheet.rows(wide, 100_000))
                .refusal()).isEqualTo(XlsxSheet.Refusal.OVERSIZED);
    }

    @Test
    void a_cell_spread_over_many_runs_is_still_one_cell_under_the_limit() throws Exception {
        String run = "<r><t>" + "a".repeat(20_000) + "</t></r>";
        byte[] xlsx = workbook(sheet -> sheet.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>" + run + run
                + "</is></c></row>"), null);

        assertThat(catchThrowableOfType(XlsxSheet.RefusedException.class, () -> XlsxSheet.rows(xlsx, 10)).refusal())
                .isEqualTo(XlsxSheet.Refusal.OVERSIZED);
    }

    @Test
    void a_workbook_counting_its_dates_from_1904_reads_the_same_dates() throws Exception {
        byte[] xlsx = written(workbook -> {
            workbook.getCTWorkbook().getWorkbookPr().setDate1904(true);
            Row row = workbook.createSheet("Mac").createRow(0);
            row.createCell(0).setCellValue(LocalDate.of(1985, 3, 15));
            row.getCell(0).setCellStyle(format(workbook, "dd/mm/yyyy"));
        });

        // the serial number is 1 462 days smaller than the same date in a 1900 workbook
        assertThat(XlsxSheet.rows(xlsx, 10)).containsExactly(List.of("1985-03-15"));
    }

    @Test
    void an_identity_number_kept_as_a_number_keeps_the_leading_zeros_its_format_shows() throws Exception {
        byte[] xlsx = written(workbook -> {
            Row row = workbook.createSheet("CCCD").createRow(0);
            row.createCell(0).setCellValue(1_085_000_777d);
            row.getCell(0).setCellStyle(format(workbook, "000000000000"));
        });

        assertThat(XlsxSheet.rows(xlsx, 10)).containsExactly(List.of("001085000777"));
    }

    @Test
    void any_other_part_larger_than_a_real_workbooks_is_refused_before_poi_opens_the_file() throws Exception {
        byte[] xlsx = workbook(sheet -> sheet.write("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"), null,
                part -> {
                    for (long i = 0; i < XlsxSheet.MAX_OTHER_PART_BYTES / 16; i++) {
                        part.write("<p>" + Long.toString(i * 2_654_435_761L, 36) + "</p>");
                    }
                });

        assertThat(catchThrowableOfType(XlsxSheet.RefusedException.class, () -> XlsxSheet.rows(xlsx, 10)).refusal())
                .isEqualTo(XlsxSheet.Refusal.OVERSIZED);
    }

    @Test
    void what_is_not_a_workbook_is_unreadable() {
        byte[] notAWorkbook = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8};

        assertThat(catchThrowableOfType(XlsxSheet.RefusedException.class, () -> XlsxSheet.rows(notAWorkbook, 10))
                .refusal()).isEqualTo(XlsxSheet.Refusal.UNREADABLE);
    }

    /** Fills a workbook as a person would, through POI's user model. */
    private interface Filling {
        void fill(XSSFWorkbook workbook) throws IOException;
    }

    /** The bytes of a workbook {@code filling} filled. */
    private static byte[] written(Filling filling) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filling.fill(workbook);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A cell style showing numbers through {@code format} (a date format, "000000000000", …). */
    private static CellStyle format(XSSFWorkbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(format));
        return style;
    }

    /** Writes the XML inside a part, as it is streamed into the zip. */
    private interface PartBody {
        void write(Writer part) throws IOException;
    }

    /** A minimal .xlsx: one sheet with {@code sheetData}'s rows and, when given, a shared strings part. */
    private static byte[] workbook(PartBody sheetData, PartBody sharedStrings) throws IOException {
        return workbook(sheetData, sharedStrings, null);
    }

    /** The same, with one more part ({@code docProps/custom.xml}) that no reader needs, when given. */
    private static byte[] workbook(PartBody sheetData, PartBody sharedStrings, PartBody extra) throws IOException {
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        String packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
        String contentTypes = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes);
                Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8)) {
            part(zip, out, "[Content_Types].xml", w -> w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
                    + "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension="
                    + "\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default "
                    + "Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" "
                    + "ContentType=\"" + contentTypes + "sheet.main+xml\"/><Override PartName=\"/xl/worksheets/"
                    + "sheet1.xml\" ContentType=\"" + contentTypes + "worksheet+xml\"/><Override PartName=\"/xl/"
                    + "sharedStrings.xml\" ContentType=\"" + contentTypes + "sharedStrings+xml\"/></Types>"));
            part(zip, out, "_rels/.rels", w -> w.write("<Relationships xmlns=\"" + packageRelationships
                    + "\"><Relationship Id=\"rId1\" Type=\"" + relationships + "/officeDocument\" Target=\"xl/"
                    + "workbook.xml\"/></Relationships>"));
            part(zip, out, "xl/workbook.xml", w -> w.write("<workbook xmlns=\"" + main + "\" xmlns:r=\""
                    + relationships + "\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                    + "</workbook>"));
            part(zip, out, "xl/_rels/workbook.xml.rels", w -> w.write("<Relationships xmlns=\""
                    + packageRelationships + "\"><Relationship Id=\"rId1\" Type=\"" + relationships + "/worksheet\" "
                    + "Target=\"worksheets/sheet1.xml\"/>" + (sharedStrings == null ? "" : "<Relationship Id=\"rId2\" "
                    + "Type=\"" + relationships + "/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                    + "</Relationships>"));
            part(zip, out, "xl/worksheets/sheet1.xml", w -> {
                w.write("<worksheet xmlns=\"" + main + "\"><sheetData>");
                sheetData.write(w);
                w.write("</sheetData></worksheet>");
            });
            if (extra != null) {
                part(zip, out, "docProps/custom.xml", extra);
            }
            if (sharedStrings != null) {
                part(zip, out, "xl/sharedStrings.xml", w -> {
                    w.write("<sst xmlns=\"" + main + "\">");
                    sharedStrings.write(w);
                    w.write("</sst>");
                });
            }
        }
        return bytes.toByteArray();
    }

    private static void part(ZipOutputStream zip, Writer out, String name, PartBody body) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        body.write(out);
        out.flush();
        zip.closeEntry();
    }
}
