package vn.tdkt.plantext;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The plan-document reader: a provincial plan (kế hoạch) as people have it — plain text, Markdown, a Word document or
 * a PDF with a text layer — read into a {@link ParsedPlan} preview. Nothing is resolved against a registry or stored;
 * what cannot be read becomes a warning, never an exception, except a file that is not a readable document at all
 * ({@link UnreadableDocumentException}). Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * ParsedPlan plan = PlanText.read(text);
 * ParsedPlan fromWord = PlanText.withKnownUnits(registry::contains).docx(bytes, progress);
 * }</pre>
 */
public final class PlanText {

    private static final PlanText DEFAULT = new PlanText(name -> false, PlanTextValidator.DEFAULT_MAX_BYTES);

    private final Predicate<String> knownUnit;
    private final PlanDocumentParser parser;
    private final int maxTextBytes;

    private PlanText(Predicate<String> knownUnit, int maxTextBytes) {
        this.knownUnit = knownUnit;
        this.parser = new PlanDocumentParser(knownUnit);
        this.maxTextBytes = maxTextBytes;
    }

    /** Reads plain text or Markdown (recognised from the text) with the usual first words of unit names only. */
    public static ParsedPlan read(String text) {
        return DEFAULT.text(text, ImportProgressListener.NONE);
    }

    /**
     * A reader that also knows the registry's unit names ({@code knownUnit} tells whether a written name is one), which
     * helps it find a missing table cell when a unit's name does not start with a usual word ("Sở", "Văn phòng"…).
     */
    public static PlanText withKnownUnits(Predicate<String> knownUnit) {
        return new PlanText(Objects.requireNonNull(knownUnit, "knownUnit"), PlanTextValidator.DEFAULT_MAX_BYTES);
    }

    /**
     * This reader, refusing a DOCX or PDF whose text is longer than {@code maxTextBytes} (UTF-8) with
     * {@link UnreadableDocumentException.Reason#TOO_LARGE}: the limit a text upload has
     * ({@link PlanTextValidator#maxBytes()}), so that a document cannot bring in more than a text could.
     */
    public PlanText withMaxTextBytes(int maxTextBytes) {
        if (maxTextBytes <= 0) {
            throw new IllegalArgumentException("maxTextBytes must be positive: " + maxTextBytes);
        }
        return new PlanText(knownUnit, maxTextBytes);
    }

    public ParsedPlan text(String text, ImportProgressListener progress) {
        return parser.parse(text, progress);
    }

    /** @throws UnreadableDocumentException for a damaged file, an old binary .doc, or one too large to be a plan */
    public ParsedPlan docx(byte[] docx, ImportProgressListener progress) {
        listener(progress).onProgress(ImportPhase.NORMALISING, 0.0);
        return parser.parse(withinTextLimit(DocxReader.read(docx)), DocumentFormat.DOCX, progress);
    }

    /**
     * @throws UnreadableDocumentException for a scan without a text layer, a password, a damaged file or one that would
     *                                     cost more to read than a plan can
     */
    public ParsedPlan pdf(byte[] pdf, ImportProgressListener progress) {
        listener(progress).onProgress(ImportPhase.NORMALISING, 0.0);
        return parser.parse(withinTextLimit(PdfReader.read(pdf)), DocumentFormat.PDF, progress);
    }

    /** A document may not bring in more text than a text upload may have: else the preview outgrows its store. */
    private List<SourceLine> withinTextLimit(List<SourceLine> lines) {
        long textBytes = lines.stream()
                .mapToLong(line -> line.text().getBytes(StandardCharsets.UTF_8).length + 1L).sum();
        if (textBytes > maxTextBytes) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.TOO_LARGE,
                    textBytes + " bytes of text, more than " + maxTextBytes);
        }
        return lines;
    }

    /** What the bytes of an upload are, by their content (magic bytes), whatever the client declared. */
    public static FileKind sniff(byte[] bytes) {
        return FileKind.of(bytes);
    }

    private static ImportProgressListener listener(ImportProgressListener progress) {
        return progress == null ? ImportProgressListener.NONE : progress;
    }
}
