package vn.tdkt.nomination.facts.ratings.application;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;
import vn.tdkt.platform.domain.DomainException;

/**
 * The first sheet of an uploaded .xlsx workbook as rows of cell text, read as a stream (Apache POI's SAX event API):
 * memory follows the rows kept, never what the file claims. POI's user model builds the whole sheet in memory
 * first, so a 7 MB upload of 400 000 rows exhausted a service's heap before any row limit could be checked. Here a
 * row past the limit, a cell longer than Excel allows, or a part that inflates past what a real sheet needs stops
 * the read at once. Date cells read as ISO dates, in either of Excel's date systems (1900, or 1904 from older Excel
 * for Mac); other numbers as written, without their display format (an identity number typed as a number keeps all
 * its digits).
 */
public final class XlsxSheet {

    /** Excel's own limit on a cell's text; a longer run of text is not a spreadsheet a person made. */
    static final int MAX_CELL_CHARS = 32_767;
    /** Columns read: every template has fewer than 30; cells further right are not kept (nor padded up to). */
    static final int MAX_COLUMNS = 256;
    /** The shared strings are held in memory whole (as text), so their XML is capped. */
    static final long MAX_PART_BYTES = 32L * 1024 * 1024;
    /**
     * Every other part but the sheets (styles, the workbook, relationships): POI builds XML objects of them, several
     * times their size, and a real workbook's are a few hundred kB.
     */
    static final long MAX_OTHER_PART_BYTES = 4L * 1024 * 1024;
    /** Cells kept in all, padding included: a full sheet of 100 000 rows of ten columns, in well under 100 MB. */
    static final int MAX_CELLS = 1_000_000;
    /** The sheet's XML streams through; capped so that a sheet of padding cannot keep a request busy for minutes. */
    static final long MAX_SHEET_BYTES = 256L * 1024 * 1024;

    /**
     * The problem of a cell whose formula failed, the same for every import: {@code {0}} the cell (C5), {@code {1}}
     * the error (#N/A). Such a value was never known, so the upload is refused rather than read as text.
     */
    public static final String FORMULA_ERROR_CODE = "import.formula-error";

    private XlsxSheet() {
    }

    /** Why a workbook was not read. */
    enum Refusal {
        /** A row numbered past the caller's limit. */
        TOO_MANY_ROWS,
        /** A cell or a part larger than a real workbook has. */
        OVERSIZED,
        /** Not an .xlsx workbook, or a damaged one. */
        UNREADABLE,
        /** A cell whose formula ends in an error (#N/A, #REF! …): its value is unknown. */
        FORMULA_ERROR
    }

    /** How the sheet handler gives an error cell ({@code t="e"}): "ERROR:" and Excel's error code. */
    private static final Pattern ERROR_CELL = Pattern.compile("ERROR:(#[A-Z0-9/_]+[!?]?)");

    /** The problem codes a caller gives the refusals; {@code tooManyRows} takes the row limit as its argument. */
    public record Codes(String tooManyRows, String oversized, String unreadable) {
    }

    /** The read was stopped, for {@link #refusal()}: what {@link #rows(byte[], int, Codes)} turns into a problem. */
    static final class RefusedException extends RuntimeException {

        private final Refusal refusal;
        private final List<Object> arguments;

        RefusedException(Refusal refusal, String detail, Object... arguments) {
            super(refusal + ": " + detail, null, false, false);
            this.refusal = refusal;
            this.arguments = List.of(arguments);
        }

        Refusal refusal() {
            return refusal;
        }

        List<Object> arguments() {
            return arguments;
        }
    }

    /**
     * The rows of the first sheet, by row number from 0 (a missing row is an empty list); each row's cells by
     * column from A, "" where a cell is missing.
     *
     * @param maxRows the highest row number (0-based) accepted; a row past it refuses the whole file
     * @throws DomainException INVALID with the caller's code when the file is not read
     */
    public static List<List<String>> rows(byte[] xlsx, int maxRows, Codes codes) {
        try {
            return rows(xlsx, maxRows);
        } catch (RefusedException refused) {
            throw switch (refused.refusal()) {
                case TOO_MANY_ROWS -> DomainException.invalid(codes.tooManyRows(), maxRows);
                case OVERSIZED -> DomainException.invalid(codes.oversized());
                case UNREADABLE -> DomainException.invalid(codes.unreadable());
                case FORMULA_ERROR -> DomainException.invalid(FORMULA_ERROR_CODE, refused.arguments().toArray());
            };
        }
    }

    static List<List<String>> rows(byte[] xlsx, int maxRows) {
        return rows(xlsx, maxRows, MAX_SHEET_BYTES);
    }

    static List<List<String>> rows(byte[] xlsx, int maxRows, long maxSheetBytes) {
        Path file = null;
        OPCPackage workbook = null;
        try {
            // from a file, parts are inflated as they are read; from a stream, POI inflates every part in memory first
            file = Files.createTempFile("upload-", ".xlsx");
            Files.write(file, xlsx);
            requirePartSizes(file);
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = sharedStrings(workbook);
            StylesTable styles = styles(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new RefusedException(Refusal.UNREADABLE, "no sheet");
            }
            Rows rows = new Rows(maxRows);
            try (InputStream sheet = new CappedStream(sheets.next(), maxSheetBytes, "sheet")) {
                XMLFilterImpl cellLimit = new CellTextLimit(XMLHelper.newXMLReader());
                cellLimit.setContentHandler(new XSSFSheetXMLHandler(styles, strings, rows,
                        new RawNumbers(uses1904Dates(reader)), false));
                cellLimit.parse(new InputSource(sheet));
            }
            return rows.rows;
        } catch (RefusedException refused) {
            throw refused;
        } catch (IOException | SAXException | OpenXML4JException | RuntimeException unreadable) {
            RefusedException cause = causeOf(unreadable);
            throw cause != null ? cause : new RefusedException(Refusal.UNREADABLE, unreadable.toString());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No SAX parser", e);
        } finally {
            close(workbook, file);
        }
    }

    private static void close(OPCPackage workbook, Path file) {
        if (workbook != null) {
            workbook.revert(); // read-only: revert() closes without the warning close() logs
        }
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }

    /**
     * Opens the zip by its central directory (when it cannot, POI would fall back to holding every part in memory:
     * such a file is refused) and inflates every part but the sheets once, as a stream that keeps nothing, refusing
     * one larger than a real workbook's. The sheets stream through the read itself, under their own cap.
     */
    private static void requirePartSizes(Path file) {
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.getName().startsWith("xl/worksheets/")) {
                    continue;
                }
                long cap = entry.getName().equals("xl/sharedStrings.xml") ? MAX_PART_BYTES : MAX_OTHER_PART_BYTES;
                long inflated = 0;
                try (InputStream part = zip.getInputStream(entry)) {
                    for (int n = part.read(buffer); n >= 0; n = part.read(buffer)) {
                        inflated += n;
                        if (inflated > cap) {
                            throw new RefusedException(Refusal.OVERSIZED, entry.getName() + " inflates past " + cap);
                        }
                    }
                }
            }
        } catch (IOException notAZip) {
            throw new RefusedException(Refusal.UNREADABLE, notAZip.toString());
        }
    }

    private static ReadOnlySharedStringsTable sharedStrings(OPCPackage workbook) throws IOException, SAXException {
        PackagePart part = firstPart(workbook, XSSFRelation.SHARED_STRINGS.getContentType());
        if (part == null) {
            return new ReadOnlySharedStringsTable(workbook);
        }
        try (InputStream in = new CappedStream(part.getInputStream(), MAX_PART_BYTES, "shared strings")) {
            return new ReadOnlySharedStringsTable(in);
        }
    }

    private static StylesTable styles(OPCPackage workbook) throws IOException {
        PackagePart part = firstPart(workbook, XSSFRelation.STYLES.getContentType());
        if (part == null) {
            return new StylesTable();
        }
        try (InputStream in = new CappedStream(part.getInputStream(), MAX_OTHER_PART_BYTES, "styles")) {
            return new StylesTable(in);
        }
    }

    /**
     * Whether the workbook counts its dates from 1904 (older Excel for Mac): the same serial number is then a date four
     * years and a day later, and a birth date read with the wrong epoch would be silently wrong.
     */
    private static boolean uses1904Dates(XSSFReader reader) throws IOException, SAXException,
            ParserConfigurationException, OpenXML4JException {
        boolean[] date1904 = {false};
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if ("workbookPr".equals(localName)) {
                    String value = attributes.getValue("date1904");
                    date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                }
            }
        });
        // the workbook part was capped with every other part in requirePartSizes
        try (InputStream workbook = reader.getWorkbookData()) {
            parser.parse(new InputSource(workbook));
        }
        return date1904[0];
    }

    private static PackagePart firstPart(OPCPackage workbook, String contentType) {
        List<PackagePart> parts = workbook.getPartsByContentType(contentType);
        return parts.isEmpty() ? null : parts.get(0);
    }

    /** POI and the SAX parser wrap what a handler or a stream throws; the refusal is what the caller is told. */
    private static RefusedException causeOf(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof RefusedException refused) {
                return refused;
            }
            if (t instanceof SAXException sax && sax.getException() instanceof RefusedException refused) {
                return refused;
            }
        }
        return null;
    }

    /** Collects rows as the handler reports them, refusing a row past the limit before it is kept. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final int maxRows;
        private final List<List<String>> rows = new ArrayList<>();
        private List<String> row;
        private int cells;

        Rows(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            if (rowNum > maxRows) {
                throw new RefusedException(Refusal.TOO_MANY_ROWS, "row " + (rowNum + 1));
            }
            if (rowNum < rows.size()) { // Excel writes rows in order; a row again would pass the row limit
                throw new RefusedException(Refusal.UNREADABLE, "row " + (rowNum + 1) + " after row " + rows.size());
            }
            while (rows.size() < rowNum) {
                rows.add(Collections.emptyList());
            }
            row = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(row);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? row.size() : new CellReference(reference).getCol();
            if (column >= MAX_COLUMNS || column < row.size()) { // too far right, or a cell given again
                return;
            }
            cells += column - row.size() + 1;
            if (cells > MAX_CELLS) {
                throw new RefusedException(Refusal.OVERSIZED, "more than " + MAX_CELLS + " cells");
            }
            Matcher error = value == null ? null : ERROR_CELL.matcher(value);
            if (error != null && error.matches()) {
                String cell = reference == null ? new CellReference(rows.size(), column).formatAsString() : reference;
                throw new RefusedException(Refusal.FORMULA_ERROR, cell + " " + error.group(1), cell, error.group(1));
            }
            while (row.size() < column) {
                row.add("");
            }
            row.add(value == null ? "" : value);
        }
    }

    /** Numbers as stored: ISO dates for date-formatted cells, whole numbers without a decimal point. */
    private static final class RawNumbers extends DataFormatter {

        private final boolean dates1904;

        RawNumbers(boolean dates1904) {
            this.dates1904 = dates1904;
        }

        /** What the sheet handler calls: it does not know the workbook's date epoch, this formatter does. */
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, dates1904);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDate date = DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate();
                return date.toString();
            }
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                // an identity number kept as a number shows its leading zeros through a "000000000000" format
                boolean zeros = formatString != null && !formatString.isEmpty() && formatString.chars()
                        .allMatch(c -> c == '0');
                return zeros ? String.format("%0" + formatString.length() + "d", (long) value)
                        : String.valueOf((long) value);
            }
            return String.valueOf(value);
        }
    }

    /**
     * Refuses more text than a cell can hold before the handler buffers it: within a cell ({@code <c>}) all its text
     * counts, however many elements it is spread over (POI joins them); elsewhere, each run between two tags.
     */
    private static final class CellTextLimit extends XMLFilterImpl {

        private boolean inCell;
        private int run;

        CellTextLimit(XMLReader parent) {
            super(parent);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if (isCell(localName, qName)) {
                inCell = true;
                run = 0;
            } else if (!inCell) {
                run = 0;
            }
            super.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (isCell(localName, qName)) {
                inCell = false;
            }
            if (!inCell) {
                run = 0;
            }
            super.endElement(uri, localName, qName);
        }

        private static boolean isCell(String localName, String qName) {
            return "c".equals(localName) || "c".equals(qName) || qName.endsWith(":c");
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            run += length;
            if (run > MAX_CELL_CHARS) {
                throw new RefusedException(Refusal.OVERSIZED, "a cell of more than " + MAX_CELL_CHARS + " characters");
            }
            super.characters(ch, start, length);
        }
    }

    /** Ends the read once more than {@code limit} bytes have come out of a part, however well they compressed. */
    private static final class CappedStream extends FilterInputStream {

        private final long limit;
        private final String part;
        private long read;

        CappedStream(InputStream in, long limit, String part) {
            super(in);
            this.limit = limit;
            this.part = part;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new RefusedException(Refusal.OVERSIZED,
                        "the " + part + " part inflates past " + limit + " bytes");
            }
        }
    }
}
