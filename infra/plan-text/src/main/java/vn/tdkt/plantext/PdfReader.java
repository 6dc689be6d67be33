package vn.tdkt.plantext;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads the text layer of a PDF with Apache PDFBox. What no library does for us is written here: a plan's PDF lays
 * out columns side by side (the issuer beside the national motto, the recipients beside the signature, the
 * appendix table), so a visual line is cut where a wide gap separates two columns, and the appendix table is rebuilt
 * from its columns:
 * <ol>
 *   <li>the header row (TT, NỘI DUNG, THỜI GIAN, ĐƠN VỊ CHỦ TRÌ…, possibly wrapped over two lines) names the
 *       columns and places them;</li>
 *   <li>between two neighbouring header cells the boundary is where the table's text is thinnest (the gutter between
 *       the columns, which no cell's text crosses);</li>
 *   <li>a line whose number column holds a number or a roman numeral starts a row; the lines below it add to that
 *       row's cells (a bullet starts a new line of its cell, other lines continue it); a header repeated on a new
 *       page and page numbers are skipped.</li>
 * </ol>
 * A PDF without a text layer (a scan) is refused: OCR is not this reader's job. So is one that would cost more to read
 * than a plan can ({@link PdfBudget}): the limits are counted while PDFBox reads, never after.
 */
final class PdfReader {

    /** Fewer letters than this per page on average: a scan, perhaps with a page number or a stamp as text. */
    static final int MIN_LETTERS_PER_PAGE = 40;
    private static final Pattern ROW_START = Pattern.compile("^(?:\\d{1,3}|X{0,3}(?:IX|IV|V?I{1,3}|V|X))\\.?$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:-\\s*)?\\d{1,3}(?:\\s*-)?$");
    private static final Pattern BULLET = Pattern.compile("^[-–—•+*·▪◦■]\\s*");
    /** What starts a paragraph of its own even right after a full line: a bullet, a number, "Căn cứ". */
    private static final Pattern NEW_BLOCK = Pattern.compile(
            "^(?:[-–—•+*·▪◦■]\\s|\\d{1,2}(?:\\.\\d{1,2})?\\s*[.)]\\s|[a-zđ]\\)\\s|[IVX]{1,5}\\s*[.)]\\s|Căn cứ\\b)");

    /**
     * The widest a table is taken to be, in points: the largest page side PDF allows (ISO 32000-1, annex C). The
     * column search sizes an array by the table's width, and a file can set text at any x.
     */
    private static final int MAX_WIDTH = 14_400;
    /**
     * The most columns a task table is taken to have (real ones have five to eight): each line of the table is split
     * at every column boundary.
     */
    private static final int MAX_COLUMNS = 16;

    private PdfReader() {
    }

    static List<SourceLine> read(byte[] pdf) {
        return read(pdf, new PdfBudget(PdfBudget.Limits.DEFAULT));
    }

    static List<SourceLine> read(byte[] pdf, PdfBudget budget) {
        List<List<Line>> pages;
        try (PDDocument document = new GuardedPdfParser(pdf, budget).parse()) {
            Collector collector = new Collector(budget);
            collector.setSortByPosition(true);
            // both compare each glyph with a list the file can make long (earlier glyphs of the character, the page's
            // article beads): duplicates are found by the collector instead, and plans have no article threads
            collector.setSuppressDuplicateOverlappingText(false);
            collector.setShouldSeparateByBeads(false);
            collector.getText(document);
            budget.requireWithin();
            pages = collector.pages;
            long letters = pages.stream().flatMap(List::stream).mapToLong(Line::letters).sum();
            if (letters < (long) MIN_LETTERS_PER_PAGE * Math.max(1, document.getNumberOfPages())) {
                throw new UnreadableDocumentException(UnreadableDocumentException.Reason.NO_TEXT_LAYER,
                        document.getNumberOfPages() + " pages, " + letters + " letters in the text layer");
            }
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.ENCRYPTED, e.getMessage());
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableDocumentException unreadable) {
                throw unreadable;
            }
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.DAMAGED, e.toString());
        } finally {
            // PDFBox keeps every name it has parsed in one map for the whole JVM: without this, each upload's names
            // (a stream can hold millions) would stay in memory after it (the names still in use are unaffected)
            COSName.clearResources();
        }
        return new Layout(withoutPageNumbers(pages)).lines();
    }

    /** A glyph of the text layer: its text and horizontal extent. */
    private record Glyph(String text, float x, float end, float space, float size) {
        boolean blank() {
            return text.isBlank();
        }

        float center() {
            return (x + end) / 2;
        }
    }

    /** A visual line: its glyphs, left to right. */
    private record Line(List<Glyph> glyphs) {

        long letters() {
            return glyphs.stream().filter(g -> g.text().codePoints().anyMatch(Character::isLetterOrDigit)).count();
        }

        /**
         * The line cut where a gap is wider than any a justified line has (four spaces and one and a half em): the
         * text of each column it crosses.
         */
        List<Chunk> chunks() {
            return chunks(4, 1.5f);
        }

        /** Cut where the gap is wider than {@code spaces} spaces and {@code ems} em. */
        List<Chunk> chunks(float spaces, float ems) {
            List<Chunk> chunks = new ArrayList<>();
            List<Glyph> current = new ArrayList<>();
            Glyph previous = null;
            for (Glyph glyph : glyphs) {
                if (glyph.blank()) {
                    continue;
                }
                if (previous != null && glyph.x() - previous.end()
                        > Math.max(spaces * Math.max(1f, previous.space()), ems * previous.size())) {
                    chunks.add(Chunk.of(current));
                    current = new ArrayList<>();
                }
                current.add(glyph);
                previous = glyph;
            }
            if (!current.isEmpty()) {
                chunks.add(Chunk.of(current));
            }
            return chunks;
        }

        String text() {
            return Chunk.of(glyphs).text();
        }
    }

    private record Chunk(String text, float x, float end) {

        static Chunk of(List<Glyph> glyphs) {
            StringBuilder text = new StringBuilder();
            Glyph previous = null;
            boolean space = false;
            for (Glyph glyph : glyphs) {
                if (glyph.blank()) {
                    space = true;
                    continue;
                }
                if (previous != null && (space || glyph.x() - previous.end() > 0.3f * Math.max(1f, previous.space()))) {
                    text.append(' ');
                }
                text.append(glyph.text());
                previous = glyph;
                space = false;
            }
            List<Glyph> visible = glyphs.stream().filter(g -> !g.blank()).toList();
            return visible.isEmpty() ? new Chunk("", 0, 0)
                    : new Chunk(text.toString(), visible.get(0).x(), visible.get(visible.size() - 1).end());
        }

        float center() {
            return (x + end) / 2;
        }
    }

    /**
     * Collects the glyphs of each line PDFBox found (sorted by position), page by page, counting against the budget
     * each glyph as PDFBox finds it and each content stream before PDFBox parses it.
     */
    private static final class Collector extends PDFTextStripper {

        final List<List<Line>> pages = new ArrayList<>();
        private final PdfBudget budget;
        /** This page's glyphs kept so far, by character and place: see {@link #duplicate}. */
        private final Map<Cell, TextPosition> kept = new HashMap<>();
        private List<Line> page = new ArrayList<>();
        private List<Glyph> line = new ArrayList<>();
        /** Content parsed since PDFBox's map of names was last emptied. */
        private long sinceNamesCleared;

        Collector(PdfBudget budget) {
            this.budget = budget;
        }

        @Override
        public void processPage(PDPage current) throws IOException {
            long size = 0;
            for (Iterator<PDStream> streams = current.getContentStreams(); streams.hasNext(); ) {
                size += budget.check(streams.next().getCOSObject());
            }
            parsing(size);
            budget.startPage();
            kept.clear();
            super.processPage(current);
        }

        @Override
        public void showForm(PDFormXObject form) throws IOException {
            parsing(budget.check(form.getCOSObject()));
            super.showForm(form);
        }

        @Override
        public void showTransparencyGroup(PDTransparencyGroup group) throws IOException {
            parsing(budget.check(group.getCOSObject()));
            super.showTransparencyGroup(group);
        }

        /**
         * Counts content about to be parsed. Names parsed from content (operands) are garbage once parsed, but
         * PDFBox's map of names keeps them: emptied once a stream's worth of content has gone by, it holds at most
         * two streams' worth.
         */
        private void parsing(long size) {
            budget.content(size);
            sinceNamesCleared += size;
            if (sinceNamesCleared > budget.limits().streamBytes()) {
                COSName.clearResources();
                sinceNamesCleared = size;
            }
        }

        /** Counted before PDFBox keeps the glyph: it keeps a whole page's glyphs before it sorts them. */
        @Override
        protected void processTextPosition(TextPosition text) {
            budget.glyph(text.getUnicode() == null ? 1 : text.getUnicode().length());
            if (!duplicate(text)) {
                super.processTextPosition(text);
            }
        }

        /**
         * Whether the glyph repeats one kept already, drawn again at (nearly) the same place, as a bold is faked by
         * overprinting: the same character less than a third of its width away across and up (PDFBox's test). The
         * kept glyphs are filed on a grid whose cells are no wider than that tolerance, so a cell holds one glyph of a
         * character and a glyph looks in the 25 cells around its own, however many glyphs the page has.
         */
        private boolean duplicate(TextPosition text) {
            String unicode = text.getUnicode();
            float tolerance = text.getWidth() / Math.max(1, unicode.length()) / 3;
            if (!(tolerance > 0) || Float.isInfinite(tolerance)) {
                return false;
            }
            int scale = Math.getExponent(tolerance);
            double side = Math.scalb(1.0, scale);
            long column = (long) Math.floor(text.getX() / side);
            long row = (long) Math.floor(text.getY() / side);
            for (long dx = -2; dx <= 2; dx++) {
                for (long dy = -2; dy <= 2; dy++) {
                    TextPosition near = kept.get(new Cell(unicode, scale, column + dx, row + dy));
                    if (near != null && Math.abs(near.getX() - text.getX()) < tolerance
                            && Math.abs(near.getY() - text.getY()) < tolerance) {
                        return true;
                    }
                }
            }
            kept.put(new Cell(unicode, scale, column, row), text);
            return false;
        }

        /** A cell of side 2^scale of the grid of one character's glyphs. */
        private record Cell(String unicode, int scale, long column, long row) {
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition position : positions) {
                line.add(new Glyph(position.getUnicode(), position.getXDirAdj(),
                        position.getXDirAdj() + position.getWidthDirAdj(), position.getWidthOfSpace(),
                        position.getFontSizeInPt()));
            }
        }

        @Override
        protected void writeLineSeparator() {
            if (!line.isEmpty()) {
                budget.line();
                page.add(new Line(List.copyOf(line)));
            }
            line = new ArrayList<>();
        }

        @Override
        protected void endPage(PDPage current) throws IOException {
            writeLineSeparator();
            pages.add(page);
            page = new ArrayList<>();
        }
    }

    /** The lines of every page, without a page number standing alone at the top or foot of a page. */
    private static List<Line> withoutPageNumbers(List<List<Line>> pages) {
        List<Line> lines = new ArrayList<>();
        for (List<Line> page : pages) {
            for (int i = 0; i < page.size(); i++) {
                boolean edge = i == 0 || i == page.size() - 1;
                if (!(edge && PAGE_NUMBER.matcher(page.get(i).text().strip()).matches())) {
                    lines.add(page.get(i));
                }
            }
        }
        return lines;
    }

    /** Turns the visual lines into source lines, rebuilding task tables. */
    private static final class Layout {

        private final List<Line> lines;
        private final List<SourceLine> out = new ArrayList<>();
        private final float right;
        /** Whether the last line added filled the text width: the paragraph goes on in the next line. */
        private boolean wrapped;
        /**
         * The text of the last line added while the lines after it join it (null otherwise): built up here, not by
         * joining strings line by line, since a file can make one paragraph of many thousands of lines.
         */
        private StringBuilder paragraph;

        Layout(List<Line> lines) {
            this.lines = lines;
            this.right = (float) lines.stream().map(Line::chunks).filter(chunks -> chunks.size() == 1)
                    .mapToDouble(chunks -> chunks.get(0).end()).max().orElse(0);
        }

        List<SourceLine> lines() {
            int i = 0;
            while (i < lines.size()) {
                Optional<Header> header = header(i);
                if (header.isPresent()) {
                    wrapped = false;
                    i = table(header.get());
                    continue;
                }
                List<Chunk> chunks = lines.get(i).chunks();
                if (chunks.size() == 1 && wrapped && !NEW_BLOCK.matcher(chunks.get(0).text()).lookingAt()) {
                    if (paragraph == null) {
                        paragraph = new StringBuilder(out.get(out.size() - 1).text());
                    }
                    paragraph.append(' ').append(chunks.get(0).text());
                } else {
                    chunks.forEach(chunk -> add(new SourceLine(0, chunk.text(), 0)));
                }
                // a justified line reaches the right edge; the last line of a paragraph stops short of it
                wrapped = chunks.size() == 1 && chunks.get(0).end() >= right - 1.5f;
                i++;
            }
            endParagraph();
            return out;
        }

        private void endParagraph() {
            if (paragraph != null) {
                SourceLine last = out.remove(out.size() - 1);
                out.add(new SourceLine(last.number(), paragraph.toString(), 0));
                paragraph = null;
            }
        }

        private void add(SourceLine line) {
            endParagraph();
            out.add(line.isTableRow() ? SourceLine.row(out.size() + 1, line.cells())
                    : new SourceLine(out.size() + 1, line.text(), 0));
        }

        /** The table's header at line {@code i}: its cells with their roles, and the first line after it. */
        private record Header(List<Chunk> cells, List<TableColumn> roles, int end) {
        }

        /** Header cells are short labels a few spaces apart at least (the cell padding on both sides). */
        private static List<Chunk> headerCells(Line line) {
            return line.chunks(2.2f, 0);
        }

        private Optional<Header> header(int i) {
            List<Chunk> cells = new ArrayList<>(headerCells(lines.get(i)));
            if (cells.size() < 3 || cells.size() > MAX_COLUMNS || role(cells.get(0)) != TableColumn.NUMBER) {
                return Optional.empty();
            }
            int end = i + 1;
            // header cells wrapped over a second line ("ĐƠN VỊ" / "CHỦ TRÌ"): each part joins the cell above it
            if (cells.stream().anyMatch(cell -> role(cell) == null) && end < lines.size()) {
                List<Chunk> merged = new ArrayList<>(cells);
                for (Chunk part : headerCells(lines.get(end))) {
                    int nearest = nearest(merged, part.center());
                    Chunk above = merged.get(nearest);
                    merged.set(nearest, new Chunk(above.text() + " " + part.text(), Math.min(above.x(), part.x()),
                            Math.max(above.end(), part.end())));
                }
                if (merged.stream().filter(cell -> role(cell) != null).count()
                        > cells.stream().filter(cell -> role(cell) != null).count()) {
                    cells = merged;
                    end++;
                }
            }
            List<TableColumn> roles = cells.stream().map(cell -> Optional.ofNullable(role(cell)).orElse(TableColumn.OTHER))
                    .toList();
            boolean taskTable = roles.contains(TableColumn.CONTENT)
                    && (roles.contains(TableColumn.LEAD) || roles.contains(TableColumn.PERIOD));
            return taskTable ? Optional.of(new Header(cells, roles, end)) : Optional.empty();
        }

        private static TableColumn role(Chunk cell) {
            return TableColumn.fromHeader(cell.text()).orElse(null);
        }

        private static int nearest(List<Chunk> cells, float x) {
            int best = 0;
            for (int k = 1; k < cells.size(); k++) {
                if (Math.abs(cells.get(k).center() - x) < Math.abs(cells.get(best).center() - x)) {
                    best = k;
                }
            }
            return best;
        }

        /** Emits the header and the rows of the table that starts with {@code header}; returns the next line. */
        private int table(Header header) {
            int end = header.end();
            while (end < lines.size() && !StructureRecognizer.isAppendixHeading(lines.get(end).text())) {
                end++;
            }
            float[] bounds = boundaries(header, lines.subList(header.end(), end));
            add(SourceLine.row(0, header.cells().stream().map(Chunk::text).toList()));
            List<StringBuilder> row = null;
            int number = header.roles().indexOf(TableColumn.NUMBER);
            for (Line line : lines.subList(header.end(), end)) {
                List<String> cells = cells(line, bounds);
                if (header.roles().equals(cells.stream()
                        .map(cell -> TableColumn.fromHeader(cell).orElse(TableColumn.OTHER)).toList())) {
                    continue; // the header row repeated at the top of a new page
                }
                if (ROW_START.matcher(cells.get(number).strip()).matches()) {
                    flush(row);
                    row = new ArrayList<>();
                    for (String cell : cells) {
                        row.add(new StringBuilder(cell));
                    }
                } else if (row != null) {
                    for (int k = 0; k < cells.size(); k++) {
                        append(row.get(k), cells.get(k));
                    }
                } else {
                    add(new SourceLine(0, line.text(), 0));
                }
            }
            flush(row);
            return end;
        }

        private void flush(List<StringBuilder> row) {
            if (row != null) {
                add(SourceLine.row(0, row.stream().map(StringBuilder::toString).toList()));
            }
        }

        /** A bullet starts a new line of the cell; any other line continues the one above. */
        private static void append(StringBuilder cell, String text) {
            if (text.isEmpty()) {
                return;
            }
            if (!cell.isEmpty()) {
                cell.append(BULLET.matcher(text).lookingAt() ? "\n" : " ");
            }
            cell.append(text);
        }

        /** The line's text split at the column boundaries, each glyph going to the column its centre lies in. */
        private static List<String> cells(Line line, float[] bounds) {
            List<List<Glyph>> columns = new ArrayList<>();
            for (int k = 0; k <= bounds.length; k++) {
                columns.add(new ArrayList<>());
            }
            for (Glyph glyph : line.glyphs()) {
                int k = 0;
                while (k < bounds.length && glyph.center() > bounds[k]) {
                    k++;
                }
                columns.get(k).add(glyph);
            }
            return columns.stream().map(glyphs -> Chunk.of(glyphs).text().strip()).toList();
        }

        /**
         * Between the centres of two neighbouring header cells, the x where the fewest lines of the table have text
         * (the middle of the widest such run): the gutter no cell crosses. A group title running across columns only
         * adds one line to the count, so it cannot move a boundary.
         */
        private static float[] boundaries(Header header, List<Line> body) {
            int width = (int) Math.max(0,
                    Math.min(MAX_WIDTH, Math.ceil(header.cells().get(header.cells().size() - 1).end()) + 2));
            int[] counts = coverage(body, width);
            List<Chunk> cells = header.cells();
            float[] bounds = new float[cells.size() - 1];
            for (int k = 0; k + 1 < cells.size(); k++) {
                int from = Math.max(0, (int) cells.get(k).center());
                int to = Math.min(width, (int) cells.get(k + 1).center());
                int min = Integer.MAX_VALUE;
                for (int x = from; x <= to; x++) {
                    min = Math.min(min, counts[x]);
                }
                int bestStart = from;
                int bestLength = 0;
                for (int x = from; x <= to; x++) {
                    int run = 0;
                    while (x + run <= to && counts[x + run] == min) {
                        run++;
                    }
                    if (run > bestLength) {
                        bestLength = run;
                        bestStart = x;
                    }
                    x += Math.max(0, run - 1);
                }
                bounds[k] = bestStart + bestLength / 2f;
            }
            return bounds;
        }

        /**
         * For each x up to {@code width}, how many of the lines have text there. Each line adds its covered runs to a
         * difference array, so the work grows with the glyphs, not with the lines times the width.
         */
        private static int[] coverage(List<Line> lines, int width) {
            int[] changes = new int[width + 2];
            for (Line line : lines) {
                List<int[]> runs = new ArrayList<>();
                for (Glyph glyph : line.glyphs()) {
                    int from = Math.max(0, (int) glyph.x());
                    int to = Math.min(width, (int) glyph.end());
                    if (!glyph.blank() && from <= to) {
                        runs.add(new int[] {from, to});
                    }
                }
                runs.sort(Comparator.comparingInt(run -> run[0]));
                int start = -1;
                int end = -2;
                for (int[] run : runs) {
                    if (run[0] > end + 1) {
                        if (start >= 0) {
                            changes[start]++;
                            changes[end + 1]--;
                        }
                        start = run[0];
                        end = run[1];
                    } else {
                        end = Math.max(end, run[1]);
                    }
                }
                if (start >= 0) {
                    changes[start]++;
                    changes[end + 1]--;
                }
            }
            int[] counts = new int[width + 1];
            int running = 0;
            for (int x = 0; x <= width; x++) {
                running += changes[x];
                counts[x] = running;
            }
            return counts;
        }
    }
}
