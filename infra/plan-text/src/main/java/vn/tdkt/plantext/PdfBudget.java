package vn.tdkt.plantext;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * What reading one PDF may cost, counted while PDFBox reads it. A small upload can hold far more than it weighs: a
 * FlateDecode stream inflates up to a thousand times and filters can be chained, and PDFBox keeps on the heap each
 * stream it decodes, every token it parses (up to 25 bytes of heap per byte of a stream of numbers, measured) and
 * every glyph it finds. Past a limit the document is refused ({@link UnreadableDocumentException.Reason#TOO_LARGE})
 * and stays refused: PDFBox logs and carries on after some errors, so every later count, and the reader once the
 * text is read, raises the refusal again.
 */
final class PdfBudget {

    private static final long MB = 1024 * 1024;

    /**
     * The limits. What each costs at most was measured with PDFBox 3.0.8 on files made to cost the most.
     *
     * @param streamBytes    one stream, decoded. PDFBox holds a decoded stream whole, and the tokens it parses from a
     *                       stream at up to 25 bytes of heap per byte (a stream of numbers), so a stream costs up to
     *                       about 100 MB while it is read. Real plans stay far below: a page's content is 10–200 KB,
     *                       a whole embedded font 1–1.5 MB (Word embeds subsets of a few dozen KB)
     * @param decodedBytes   every stream PDFBox decodes, each counted once: bounds the work of inflating (each stream
     *                       is inflated twice, here and by PDFBox). A plan of a hundred pages decodes a few MB
     * @param structureBytes the object streams and cross-reference streams, decoded: PDFBox keeps all the objects
     *                       they hold while the document is open, again at up to 25 times their size
     * @param contentBytes   content PDFBox parses, counted each time it parses it (a form drawn on every page counts on
     *                       every page): bounds the time spent parsing content, a few seconds at most
     * @param objects        objects parsed from the file's own bytes, some 60 bytes of heap each: a 20 MB upload
     *                       needs no compression to hold millions of them; a plan's text layer needs a few thousand
     * @param pageGlyphs     glyphs on one page: PDFBox keeps each (some 200 bytes with its position) until the page
     *                       ends; a dense page has 3,000–5,000, a page of small print in a table up to 15,000
     * @param glyphs         glyphs in all, kept (some 36 bytes each) until the lines are laid out: each is at least one
     *                       byte of the plan's text, which may be at most {@link PlanTextValidator#DEFAULT_MAX_BYTES}
     * @param lines          lines in all, kept (some 100 bytes each) with their glyphs: a page has 40–80
     */
    record Limits(long streamBytes, long decodedBytes, long structureBytes, long contentBytes, long objects,
            int pageGlyphs, long glyphs, long lines) {

        static final Limits DEFAULT = new Limits(4 * MB, 32 * MB, 4 * MB, 64 * MB, 500_000, 100_000,
                PlanTextValidator.DEFAULT_MAX_BYTES, 200_000);
    }

    /** Filters only an image decoder undoes: never run here, since their decoders size a raster from the header. */
    private static final Set<COSName> IMAGE_CODECS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE, COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION);

    private final Limits limits;
    /** Each stream's decoded size, by identity: PDFBox parses a stream object once and keeps it. */
    private final Map<COSStream, Long> sizes = new IdentityHashMap<>();
    private final Set<COSStream> structures = Collections.newSetFromMap(new IdentityHashMap<>());
    private long decoded;
    private long structure;
    private long content;
    private long objects;
    private int pageGlyphs;
    private long glyphs;
    private long characters;
    private long lines;
    private UnreadableDocumentException refusal;

    PdfBudget(Limits limits) {
        this.limits = limits;
    }

    Limits limits() {
        return limits;
    }

    /**
     * The stream's decoded size, found by decoding it once through PDFBox's own filters into a counter that refuses the
     * document past the limits, before PDFBox decodes it. A stream that holds an image (by its type or its filter) is
     * emptied instead: the text layer never needs image data, and a stream only claims to be an image, so PDFBox
     * would decode it if the file used it as page content or a font.
     */
    long check(COSStream stream) {
        requireWithin();
        Long known = sizes.get(stream);
        if (known != null) {
            return known;
        }
        long size;
        try {
            size = holdsImage(stream) ? empty(stream) : decode(stream);
        } catch (IOException unreadable) {
            // a filter PDFBox does not know, or a stream already closed: PDFBox cannot decode it either
            size = 0;
        }
        sizes.put(stream, size);
        return size;
    }

    /** Counts an object stream or cross-reference stream, whose objects PDFBox keeps: once each. */
    void structure(COSStream stream) {
        long size = check(stream);
        if (structures.add(stream)) {
            structure += size;
            if (structure > limits.structureBytes()) {
                refuse("object and cross-reference streams decode to more than " + limits.structureBytes() + " bytes");
            }
        }
    }

    /** Counts content about to be parsed: a page's content streams together (PDFBox reads them as one), or a form. */
    void content(long bytes) {
        requireWithin();
        if (bytes > limits.streamBytes()) {
            refuse("a page's content decodes to " + bytes + " bytes, more than " + limits.streamBytes());
        }
        content += bytes;
        if (content > limits.contentBytes()) {
            refuse("the content parsed comes to more than " + limits.contentBytes() + " bytes");
        }
    }

    void object() {
        requireWithin();
        if (++objects > limits.objects()) {
            refuse("more than " + limits.objects() + " objects");
        }
    }

    void startPage() {
        pageGlyphs = 0;
    }

    /** @param characters the text the glyph stands for: a ToUnicode map may give one glyph many characters */
    void glyph(int characters) {
        requireWithin();
        pageGlyphs++;
        if (++glyphs > limits.glyphs()) {
            refuse("more than " + limits.glyphs() + " glyphs");
        }
        this.characters += Math.max(1, characters);
        if (this.characters > limits.glyphs()) {
            refuse("more than " + limits.glyphs() + " characters of text");
        }
        if (pageGlyphs > limits.pageGlyphs()) {
            refuse("more than " + limits.pageGlyphs() + " glyphs on a page");
        }
    }

    void line() {
        requireWithin();
        if (++lines > limits.lines()) {
            refuse("more than " + limits.lines() + " lines");
        }
    }

    /** Raises the refusal again if a limit was passed, whatever PDFBox did with it. */
    void requireWithin() {
        if (refusal != null) {
            throw refusal;
        }
    }

    /** Bytes decoded so far: what the limits let through, for tests to see where reading stopped. */
    long decodedBytes() {
        return decoded;
    }

    long contentBytes() {
        return content;
    }

    long objects() {
        return objects;
    }

    long glyphs() {
        return glyphs;
    }

    long lines() {
        return lines;
    }

    private void refuse(String detail) {
        refusal = new UnreadableDocumentException(UnreadableDocumentException.Reason.TOO_LARGE, detail);
        throw refusal;
    }

    private static boolean holdsImage(COSStream stream) throws IOException {
        return COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))
                || filterNames(stream).stream().anyMatch(IMAGE_CODECS::contains);
    }

    private static long empty(COSStream stream) throws IOException {
        stream.removeItem(COSName.FILTER);
        stream.removeItem(COSName.DECODE_PARMS);
        try (OutputStream nothing = stream.createRawOutputStream()) {
            return 0;
        }
    }

    private long decode(COSStream stream) throws IOException {
        requirePredictorRows(stream);
        // PDFBox applies each distinct filter once, in order (COSStream, Filter.decode)
        Set<Filter> chain = new LinkedHashSet<>();
        for (COSName name : filterNames(stream)) {
            chain.add(FilterFactory.INSTANCE.getFilter(name));
        }
        Counter counter = new Counter();
        InputStream in = stream.createRawInputStream();
        try {
            if (chain.isEmpty()) {
                in.transferTo(counter);
            }
            int index = 0;
            for (Filter filter : chain) {
                // an earlier filter's output feeds the next one: it is kept, and counted like the last one's
                Counter out = index == chain.size() - 1 ? counter : new Buffer();
                filter.decode(in, out, stream, index++);
                in.close();
                in = out instanceof Buffer buffer ? buffer.input() : InputStream.nullInputStream();
            }
        } catch (IOException damaged) {
            // PDFBox, decoding the same bytes with the same filters, meets the same damage and gets no further
        } finally {
            in.close();
        }
        return counter.count;
    }

    /**
     * A predictor (PNG or TIFF) sizes its row buffers from {@code /Columns}, {@code /Colors} and
     * {@code /BitsPerComponent} before a byte is decoded: a row longer than a stream may decode to is refused here,
     * or those buffers alone would exhaust the heap.
     */
    private void requirePredictorRows(COSStream stream) {
        COSBase parameters = stream.getDictionaryObject(COSName.DECODE_PARMS, COSName.DP);
        List<COSDictionary> all = new ArrayList<>();
        if (parameters instanceof COSDictionary one) {
            all.add(one);
        } else if (parameters instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSDictionary one) {
                    all.add(one);
                }
            }
        }
        for (COSDictionary one : all) {
            if (one.getInt(COSName.PREDICTOR, 1) > 1) {
                double row = (double) one.getInt(COSName.COLUMNS, 1) * one.getInt(COSName.COLORS, 1)
                        * one.getInt(COSName.BITS_PER_COMPONENT, 8) / 8;
                if (row > limits.streamBytes()) {
                    refuse("a predictor row of " + (long) row + " bytes, more than " + limits.streamBytes());
                }
            }
        }
    }

    private static List<COSName> filterNames(COSStream stream) throws IOException {
        COSBase filters = stream.getFilters();
        List<COSName> names = new ArrayList<>();
        if (filters instanceof COSName name) {
            names.add(name);
        } else if (filters instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (!(array.getObject(i) instanceof COSName name)) {
                    throw new IOException("Forbidden type in filter array");
                }
                names.add(name);
            }
        }
        return names;
    }

    /** Counts what a filter writes, refusing the document once one stream or all of them pass their limit. */
    private class Counter extends OutputStream {

        long count;

        @Override
        public void write(int b) {
            add(1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            add(length);
        }

        private void add(int length) {
            count += length;
            decoded += length;
            if (count > limits.streamBytes()) {
                refuse("a stream decodes to more than " + limits.streamBytes() + " bytes");
            }
            if (decoded > limits.decodedBytes()) {
                refuse("the streams decode to more than " + limits.decodedBytes() + " bytes");
            }
        }
    }

    /** A counter that also keeps what it counted, for the next filter of a chain. */
    private final class Buffer extends Counter {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public void write(int b) {
            super.write(b);
            bytes.write(b);
        }

        @Override
        public void write(byte[] data, int offset, int length) {
            super.write(data, offset, length);
            bytes.write(data, offset, length);
        }

        InputStream input() {
            return new ByteArrayInputStream(bytes.toByteArray());
        }
    }
}
