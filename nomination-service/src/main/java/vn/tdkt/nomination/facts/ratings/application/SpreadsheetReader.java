package vn.tdkt.nomination.facts.ratings.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import vn.tdkt.platform.domain.DomainException;

/**
 * Reads an uploaded table as rows of text: an Excel workbook (first sheet, recognised by its content, not its name;
 * date cells as ISO dates) through Apache POI, an .xlsx one as a stream ({@link XlsxSheet}), or UTF-8 CSV (RFC 4180 quoting; comma or semicolon, whichever the
 * header uses) through Apache Commons CSV.
 */
public final class SpreadsheetReader {

    /** More rows than any unit's staff list; a bigger file is refused rather than read into memory. */
    public static final int MAX_ROWS = 100_000;

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final XlsxSheet.Codes XLSX_CODES = new XlsxSheet.Codes("rating.import.too-many-rows",
            "rating.import.oversized", "rating.import.format-unsupported");
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private SpreadsheetReader() {
    }

    /**
     * @throws DomainException INVALID {@code rating.import.format-unsupported} for anything else (e.g. a PDF, or
     *         text that is not UTF-8), {@code rating.import.too-many-rows}, {@code rating.import.oversized} (a cell
     *         or a part larger than a real workbook has)
     */
    public static List<List<String>> read(byte[] content) {
        if (content == null || content.length == 0) {
            throw DomainException.invalid("rating.import.empty-file");
        }
        List<List<String>> rows = startsWith(content, ZIP) || startsWith(content, OLE2) ? workbook(content)
                : csv(utf8(content));
        if (rows.size() > MAX_ROWS + 1) {
            throw DomainException.invalid("rating.import.too-many-rows", MAX_ROWS);
        }
        return rows;
    }

    private static List<List<String>> workbook(byte[] content) {
        if (startsWith(content, ZIP)) {
            return XlsxSheet.rows(content, MAX_ROWS, XLSX_CODES);
        }
        // an .xls (OLE2) sheet holds at most 65 536 rows, and its file is read whole within the upload limit; HSSF
        // only, since WorkbookFactory would open an OOXML package hidden in an OLE2 file with the whole-sheet model
        try (Workbook workbook = new HSSFWorkbook(new POIFSFileSystem(new ByteArrayInputStream(content)))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(text(row.getCell(c), formatter));
                    }
                }
                rows.add(cells);
            }
            return rows;
        } catch (DomainException refused) {
            throw refused;
        } catch (IOException | RuntimeException e) {
            throw DomainException.invalid("rating.import.format-unsupported");
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            double value = cell.getNumericCellValue();
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return String.valueOf((long) value);
            }
            return String.valueOf(value);
        }
        if (type == CellType.STRING) {
            return cell.getRichStringCellValue().getString();
        }
        if (type == CellType.ERROR) {
            throw DomainException.invalid(XlsxSheet.FORMULA_ERROR_CODE, cell.getAddress().formatAsString(),
                    FormulaError.forInt(cell.getErrorCellValue()).getString());
        }
        return formatter.formatCellValue(cell);
    }

    private static String utf8(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            if (text.indexOf('\0') >= 0) {
                throw DomainException.invalid("rating.import.format-unsupported");
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw DomainException.invalid("rating.import.format-unsupported");
        }
    }

    /**
     * RFC 4180 records through Apache Commons CSV; the delimiter is the one the first line uses more (comma by
     * default). Read as leniently as Excel writes: an empty line is an empty record, text after a closing quote is
     * kept, and a quote left open runs to the end of the file.
     */
    static List<List<String>> csv(String text) {
        int firstLineEnd = text.indexOf('\n');
        String firstLine = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',')
                .count() ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setTrailingData(true).setLenientEof(true).get();
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            parser.forEach(record -> rows.add(record.toList()));
        } catch (IOException | UncheckedIOException e) {
            throw DomainException.invalid("rating.import.format-unsupported");
        }
        return rows;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
