package vn.tdkt.plantext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * PDFs made to cost more to read than they weigh: each is refused before PDFBox holds what it would cost, and the
 * budget shows where reading stopped (bytes decoded, glyphs, objects, lines counted), not how long it took.
 */
class PdfLimitsTest {

    private static final long MB = 1024 * 1024;
    /** Small limits, so that each file passes one at a small size. */
    private static final PdfBudget.Limits SMALL = new PdfBudget.Limits(MB, 4 * MB, MB / 4, 4 * MB, 10_000, 1_000,
            2_500, 300);
    /** What one write of an inflating filter can add past a limit before the count refuses it. */
    private static final long ONE_WRITE = 64 * 1024;
    /** Enough letters for a page to have a text layer. */
    private static final String TEXT = "BT /F1 12 Tf 72 760 Td (Ke hoach to chuc phong trao thi dua yeu nuoc nam 2026"
            + " cua tinh) Tj ET ";

    @Test
    void givenAPageWhoseContentInflatesTo200MB_whenRead_thenItIsRefusedAsTooLargeAfterDecodingOneStreamsLimit() {
        byte[] bomb = PlanPdf.bomb();
        PdfBudget budget = new PdfBudget(PdfBudget.Limits.DEFAULT);

        assertThatThrownBy(() -> PdfReader.read(bomb, budget)).isInstanceOfSatisfying(
                UnreadableDocumentException.class,
                e -> assertThat(e.reason()).isEqualTo(UnreadableDocumentException.Reason.TOO_LARGE));

        assertThat(bomb.length).isLessThan(300_000);
        assertThat(budget.decodedBytes()).isBetween(PdfBudget.Limits.DEFAULT.streamBytes(),
                PdfBudget.Limits.DEFAULT.streamBytes() + ONE_WRITE);
        assertThat(budget.glyphs()).isZero();
    }

    static Stream<Arguments> bombs() {
        long bomb = 16 * MB;
        String stream = "a stream decodes to more than";
        return Stream.of(
                Arguments.of("the page's content, in a file encrypted for its owner only (read without a password)",
                        stream, file(() -> ownerPasswordOnly(HostilePdf.page("")
                                .inflating(4, "", "BT /F1 9 Tf 72 500 Td (", bomb, ") Tj ET")
                                .withCrossReferenceTable()))),
                Arguments.of("a form XObject the page draws", stream, file(() -> HostilePdf
                        .page("/XObject << /X1 6 0 R >>")
                        .stream(4, "", TEXT + "/X1 Do")
                        .inflating(6, "/Type /XObject /Subtype /Form /BBox [0 0 595 842]", "BT /F1 9 Tf 72 500 Td (",
                                bomb, ") Tj ET")
                        .withCrossReferenceTable())),
                Arguments.of("the page's font program", stream, file(() -> withText()
                        .object(5, "<< /Type /Font /Subtype /TrueType /BaseFont /Bomb /FirstChar 32 /LastChar 126"
                                + " /FontDescriptor 6 0 R >>")
                        .object(6, "<< /Type /FontDescriptor /FontName /Bomb /Flags 32 /FontBBox [0 0 1000 1000]"
                                + " /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80"
                                + " /FontFile2 7 0 R >>")
                        .inflating(7, "", "", bomb, "")
                        .withCrossReferenceTable())),
                Arguments.of("the font's ToUnicode map", stream, file(() -> withText()
                        .object(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>")
                        .inflating(6, "", "/CIDInit /ProcSet findresource begin 12 dict begin begincmap ", bomb,
                                " endcmap")
                        .withCrossReferenceTable())),
                Arguments.of("the cross-reference stream, decoded while the file loads", stream,
                        file(() -> withText().withCrossReferenceStream(bomb))),
                Arguments.of("the object stream holding the catalog, decoded while the file loads", stream,
                        file(() -> withText().pack(1).padPacked(bomb).withCrossReferenceStream(0))),
                Arguments.of("object streams, each under the stream limit, whose objects PDFBox would keep",
                        "object and cross-reference streams decode to more than",
                        file(() -> withText().pack(1).padPacked(MB / 2).withCrossReferenceStream(0))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bombs")
    void givenAStreamThatInflatesPastTheLimits_whenRead_thenItIsRefusedBeforePdfBoxHoldsIt(String where,
            String limit, Supplier<byte[]> pdf) {
        byte[] bytes = pdf.get();
        PdfBudget budget = new PdfBudget(SMALL);

        assertThatThrownBy(() -> PdfReader.read(bytes, budget)).isInstanceOfSatisfying(
                UnreadableDocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(UnreadableDocumentException.Reason.TOO_LARGE);
                    assertThat(e.detail()).startsWith(limit);
                });

        assertThat(bytes.length).isLessThan(100_000);
        assertThat(budget.decodedBytes()).isLessThanOrEqualTo(SMALL.streamBytes() + ONE_WRITE);
    }

    @Test
    void givenAPredictorWhoseRowsNoStreamCouldFill_whenRead_thenItIsRefusedBeforeItsBuffersAreMade() {
        // PDFBox sizes a predictor's two row buffers from /Columns before decoding: 2 x 200 MB here
        byte[] bytes = HostilePdf.page("")
                .stream(4, "/DecodeParms << /Predictor 12 /Columns 200000000 >>", TEXT)
                .withCrossReferenceTable();

        assertThatThrownBy(() -> PdfReader.read(bytes, new PdfBudget(PdfBudget.Limits.DEFAULT)))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(UnreadableDocumentException.Reason.TOO_LARGE);
                    assertThat(e.detail()).startsWith("a predictor row of 200000000 bytes");
                });
    }

    @Test
    void givenAFontWhoseToUnicodeMapGivesEachGlyphAHundredLetters_whenRead_thenTheLettersCountAgainstTheTextLimit() {
        // some 70 glyphs, far under the glyph limits, stand for some 7 000 characters of text
        String hundredLetters = "0041".repeat(100);
        byte[] bytes = withText()
                .object(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>")
                .stream(6, "", "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Wide def"
                        + " 1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfrange <20> <7E> <"
                        + hundredLetters + "> endbfrange endcmap CMapName currentdict /CMap defineresource pop end end")
                .withCrossReferenceTable();
        PdfBudget budget = new PdfBudget(SMALL);

        assertThatThrownBy(() -> PdfReader.read(bytes, budget)).isInstanceOfSatisfying(
                UnreadableDocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(UnreadableDocumentException.Reason.TOO_LARGE);
                    assertThat(e.detail()).startsWith("more than " + SMALL.glyphs() + " characters of text");
                });
        assertThat(budget.glyphs()).isLessThan(SMALL.pageGlyphs());
    }

    @Test
    void givenPageContentThatClaimsToBeAnImage_whenRead_thenItsDataIsNeverDecoded() {
        // text extraction skips an image XObject, but PDFBox reads a stream the page names as its content whatever
        // the stream claims to be: such data is emptied, never skipped
        byte[] bytes = HostilePdf.page("")
                .inflating(4, "/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray"
                        + " /BitsPerComponent 8", "BT /F1 12 Tf 72 712 Td (", 16 * MB, ") Tj ET")
                .withCrossReferenceTable();
        PdfBudget budget = new PdfBudget(SMALL);

        assertThatThrownBy(() -> PdfReader.read(bytes, budget)).isInstanceOfSatisfying(
                UnreadableDocumentException.class,
                e -> assertThat(e.reason()).isEqualTo(UnreadableDocumentException.Reason.NO_TEXT_LAYER));

        assertThat(budget.decodedBytes()).isZero();
        assertThat(budget.glyphs()).isZero();
    }

    @Test
    void givenMoreSmallGlyphsOnOnePageThanAPageHolds_whenRead_thenItIsRefusedAtTheFirstGlyphPastTheLimit() {
        int limit = PdfBudget.Limits.DEFAULT.pageGlyphs();
        // 150,000 letters of one point: 150 KB of content, far under the stream limit
        byte[] bytes = HostilePdf.page("")
                .inflating(4, "", "BT /F1 1 Tf 10 400 Td (", limit + 50_000, ") Tj ET")
                .withCrossReferenceTable();
        PdfBudget budget = new PdfBudget(PdfBudget.Limits.DEFAULT);

        assertThatThrownBy(() -> PdfReader.read(bytes, budget)).isInstanceOfSatisfying(
                UnreadableDocumentException.class,
                e -> assertThat(e.reason()).isEqualTo(UnreadableDocumentException.Reason.TOO_LARGE));

        assertThat(budget.decodedBytes()).isLessThan(PdfBudget.Limits.DEFAULT.streamBytes());
        assertThat(budget.glyphs()).isEqualTo(limit + 1);
    }

    @Test
    void givenPagesEachUnderThePageLimit_whenTheirGlyphsPassTheTotal_thenItIsRefused() {
        // three pages showing one content stream of 900 glyphs (the limits: 1,000 a page, 2,500 in all)
        byte[] bytes = new HostilePdf()
                .object(1, "<< /Type /Catalog /Pages 2 0 R >>")
                .object(2, "<< /Type /Pages /Kids [3 0 R 6 0 R 7 0 R] /Count 3 >>")
                .object(3, page(4))
                .inflating(4, "", "BT /F1 2 Tf 10 400 Td (", 900, ") Tj ET")
                .object(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
                .object(6, page(4))
                .object(7, page(4))
                .withCrossReferenceTable();
        PdfBudget budget = new PdfBudget(SMALL);

        assertThatThrownBy(() -> PdfReader.read(bytes, budget)).isInstanceOfSatisfying(
                UnreadableDocumentException.class,
                e -> assertThat(e.reason()).isEqualTo(UnreadableDocumentException.Reason.TOO_LARGE));

        assertThat(budget.glyphs()).isEqualTo(SMALL.glyphs() + 1);
    }

    @Test
    void givenManyShortLines_whenRead_thenItIsRefusedOnceTheLinesPassTheLimit() {
        // 400 lines of one letter each (the limit: 300), too few glyphs for any glyph limit
        String lines = IntStream.range(0, 400).mapToObj(i -> "0 -2 Td (A) Tj").collect(Collectors.joining(" "));
        byte[] bytes = HostilePdf.page("").stream(4, "", "BT /F1 2 Tf 72 820 Td " + lines + " ET")
                .withCrossReferenceTable();
        PdfBudget budget = new PdfBudget(SMALL);

        assertThatThrownBy(() -> PdfReader.read(bytes, budget)).isInstanceOfSatisfying(
                UnreadableDocumentException.class,
                e -> assertThat(e.reason()).isEqualTo(UnreadableDocumentException.Reason.TOO_LARGE));

        assertThat(budget.glyphs()).isEqualTo(400);
        assertThat(budget.lines()).isEqualTo(SMALL.lines() + 1);
    }

    @Test
    void givenAFormDrawnOverAndOver_whenRead_thenItIsRefusedOnceTheContentParsedPassesItsLimit() {
        // a form of 100 KB of lines (no text) drawn 100 times: 10 MB parsed from 100 KB decoded (the limit: 4 MB)
        String draws = "/X1 Do ".repeat(100);
        byte[] bytes = HostilePdf.page("/XObject << /X1 6 0 R >>")
                .stream(4, "", TEXT + draws)
                .stream(6, "/Type /XObject /Subtype /Form /BBox [0 0 595 842]", "0 0 m 1 1 l S\n".repeat(7_300))
                .withCrossReferenceTable();
        PdfBudget budget = new PdfBudget(SMALL);

        assertThatThrownBy(() -> PdfReader.read(bytes, budget)).isInstanceOfSatisfying(
                UnreadableDocumentException.class,
                e -> assertThat(e.reason()).isEqualTo(UnreadableDocumentException.Reason.TOO_LARGE));

        assertThat(budget.decodedBytes()).isLessThan(SMALL.streamBytes());
        assertThat(budget.contentBytes()).isBetween(SMALL.contentBytes(), SMALL.contentBytes() + 110_000);
    }

    @Test
    void givenAHugeArrayInThePageItself_whenRead_thenItIsRefusedOnceTheObjectsParsedPassTheLimit() {
        // nothing compressed: 20,000 numbers in the page's own dictionary (the limit: 10,000 objects)
        String numbers = IntStream.range(0, 20_000).mapToObj(i -> "1.5").collect(Collectors.joining(" "));
        byte[] bytes = HostilePdf.page("/Junk [" + numbers + "]").stream(4, "", TEXT).withCrossReferenceTable();
        PdfBudget budget = new PdfBudget(SMALL);

        assertThatThrownBy(() -> PdfReader.read(bytes, budget)).isInstanceOfSatisfying(
                UnreadableDocumentException.class,
                e -> assertThat(e.reason()).isEqualTo(UnreadableDocumentException.Reason.TOO_LARGE));

        assertThat(budget.objects()).isEqualTo(SMALL.objects() + 1);
    }

    @Test
    void givenAnObjectStreamBombAndNoCrossReference_whenRead_thenItIsRefusedAsDamagedNotRepaired() {
        // PDFBox's repair would decode every object stream it finds, whole and unchecked, to find the catalog
        byte[] bytes = withText().pack(1).pack(2).pack(3).padPacked(16 * MB).withoutCrossReference();

        assertThatThrownBy(() -> PdfReader.read(bytes, new PdfBudget(SMALL))).isInstanceOfSatisfying(
                UnreadableDocumentException.class,
                e -> assertThat(e.reason()).isEqualTo(UnreadableDocumentException.Reason.DAMAGED));
    }

    @Test
    void givenADamagedCrossReferenceAndNoObjectStream_whenRead_thenPdfBoxStillRepairsIt() throws IOException {
        byte[] pdf;
        try (PDDocument document = Loader.loadPDF(PlanPdf.write(DocxReaderTest.WORD_PLAN));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.save(out, CompressParameters.NO_COMPRESSION);
            pdf = out.toByteArray();
        }
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int startxref = text.lastIndexOf("startxref");
        byte[] damaged = (text.substring(0, startxref) + "startxref\n123\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(text).doesNotContain("/ObjStm");
        assertThat(PdfReader.read(damaged)).isEqualTo(PdfReader.read(pdf));
    }

    @Test
    void givenTextDrawnTwiceAtOnePlace_whenRead_thenItIsReadOnce() {
        // a bold faked by overprinting the text a third of a point to the right
        String line = "(KE HOACH TO CHUC PHONG TRAO THI DUA YEU NUOC NAM 2026) Tj";
        byte[] bytes = HostilePdf.page("")
                .stream(4, "", "BT /F1 12 Tf 1 0 0 1 72 700 Tm " + line + " 1 0 0 1 72.3 700 Tm " + line + " ET")
                .withCrossReferenceTable();

        assertThat(PdfReader.read(bytes)).extracting(SourceLine::text)
                .containsExactly("KE HOACH TO CHUC PHONG TRAO THI DUA YEU NUOC NAM 2026");
    }

    @Test
    void givenATableHeaderSetFarBeyondThePage_whenRead_thenTheTableIsReadWithoutSizingAnythingByIt() {
        // the column search sized an array by the header's right edge: 3e9 points overflowed it
        byte[] bytes = HostilePdf.page("").stream(4, "", "BT /F1 9 Tf 1 0 0 1 70 700 Tm (TT) Tj 1 0 0 1 120 700 Tm"
                + " (NOI DUNG) Tj 1 0 0 1 400 700 Tm (THOI GIAN) Tj 1 0 0 1 3000000000 700 Tm (DON VI CHU TRI) Tj"
                + " 1 0 0 1 70 680 Tm (1) Tj 1 0 0 1 120 680 Tm (To chuc hoi nghi trien khai phong trao thi dua) Tj"
                + " 1 0 0 1 400 680 Tm (Quy I) Tj ET").withCrossReferenceTable();

        assertThat(PdfReader.read(bytes)).filteredOn(SourceLine::isTableRow).extracting(SourceLine::cells)
                .contains(List.of("1", "To chuc hoi nghi trien khai phong trao thi dua", "Quy I", ""));
    }

    @Test
    void givenContentWithManyNames_whenRead_thenPdfBoxsMapOfNamesNoLongerHoldsThem() throws Exception {
        // PDFBox keeps every name it parses in one map for the whole JVM; read by reflection, having no other way
        String names = IntStream.range(0, 5_000).mapToObj(i -> "/Leak" + i).collect(Collectors.joining(" "));
        byte[] bytes = HostilePdf.page("").stream(4, "", TEXT + names + " n").withCrossReferenceTable();

        PdfReader.read(bytes);

        assertThat(pdfBoxNames()).doesNotContainKey(ByteBuffer.wrap("Leak4999".getBytes(StandardCharsets.US_ASCII)));
    }

    /** The file encrypted (AES-128) with an owner password and an empty user password, as many PDFs are. */
    private static byte[] ownerPasswordOnly(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page document with enough text, its content stream written. */
    private static HostilePdf withText() {
        return HostilePdf.page("").stream(4, "", TEXT);
    }

    /** Gives a lambda its type, for {@link Arguments}. */
    private static Supplier<byte[]> file(Supplier<byte[]> file) {
        return file;
    }

    private static String page(int content) {
        return "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents " + content
                + " 0 R /Resources << /Font << /F1 5 0 R >> >> >>";
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> pdfBoxNames() throws ReflectiveOperationException {
        Field names = COSName.class.getDeclaredField("nameMap");
        names.setAccessible(true);
        return (Map<Object, Object>) names.get(null);
    }
}
