package vn.tdkt.plantext;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Entry point of the plan importer: turns the text of a provincial plan (kế hoạch), extracted from a
 * PDF or written in Markdown, into a {@link ParsedPlan} preview.
 *
 * <p>The parser never throws on odd content: what it cannot read becomes a warning, because the
 * officer corrects the preview anyway. Validate uploads with {@link PlanTextValidator} first; this
 * class assumes text. Instances are immutable and thread-safe.
 */
public final class PlanDocumentParser {

    private final UnitNameRecognizer recognizer;

    /** A parser that recognises unit names by their usual first words only. */
    public PlanDocumentParser() {
        this(name -> false);
    }

    /**
     * @param knownUnit tells whether a written name is a unit of the registry (e.g. backed by
     *                  {@link UnitNameMatcher}); it helps detect a missing period cell when a unit's
     *                  name does not start with a usual word ("Sở", "Văn phòng"…)
     */
    public PlanDocumentParser(Predicate<String> knownUnit) {
        this.recognizer = new UnitNameRecognizer(Objects.requireNonNull(knownUnit, "knownUnit"));
    }

    /** Plain text (as extracted from a PDF or typed) or Markdown; the format is recognised from the text. */
    public ParsedPlan parse(String text, ImportProgressListener listener) {
        Objects.requireNonNull(text, "text");
        ImportProgressListener progress = listener == null ? ImportProgressListener.NONE : listener;
        progress.onProgress(ImportPhase.NORMALISING, 0.0);
        return parse(PlanTextNormalizer.normalize(text), progress);
    }

    /** The lines a document reader produced (DOCX, PDF). */
    ParsedPlan parse(List<SourceLine> lines, DocumentFormat format, ImportProgressListener listener) {
        ImportProgressListener progress = listener == null ? ImportProgressListener.NONE : listener;
        progress.onProgress(ImportPhase.NORMALISING, 0.05);
        return parse(PlanTextNormalizer.lines(lines, format), progress);
    }

    private ParsedPlan parse(PlanTextNormalizer.NormalizedText normalized, ImportProgressListener progress) {
        List<ImportWarning> warnings = new ArrayList<>();
        DocumentLayout layout = DocumentLayout.of(normalized.lines());
        List<SourceLine> front = layout.lines(layout.front());

        progress.onProgress(ImportPhase.HEADER, 0.10);
        HeaderParser.Result header = new HeaderParser().parse(front);
        warnings.addAll(header.warnings());

        progress.onProgress(ImportPhase.LEGAL_BASES, 0.15);
        LegalBasisParser.Result bases = new LegalBasisParser().parse(front.subList(header.consumed(), front.size()));

        progress.onProgress(ImportPhase.SECTIONS, 0.20);
        SectionParser.Result sections = new SectionParser().parse(layout.lines(layout.sections()));
        if (!layout.hasSections()) {
            warnings.add(new ImportWarning(WarningCode.SECTIONS_MISSING, "Không tìm thấy các phần được đánh số (I, II, III…).", 0));
        }

        CitationReader.Result citations = new CitationReader().read(bases.bases(), bases.preambleLines(),
                sections.sections());
        warnings.addAll(citations.warnings());
        List<LegalBasis> ownBases = new ArrayList<>(bases.bases());
        ownBases.addAll(citations.parents());
        PlanHeader planHeader = header.header().issuer() != null ? header.header()
                : PreambleIssuer.find(bases.preamble()).map(header.header()::issuedBy).orElse(header.header());

        progress.onProgress(ImportPhase.RESPONSIBILITIES, 0.35);
        ResponsibilityExtractor.Result responsibilities = new ResponsibilityExtractor(recognizer).extract(sections.sections());
        warnings.addAll(responsibilities.warnings());

        progress.onProgress(ImportPhase.RECURRING_DUTIES, 0.45);
        List<RecurringDuty> recurring = new RecurringDutyDetector(recognizer)
                .detect(sections.sections(), responsibilities.lineOwners());

        progress.onProgress(ImportPhase.SIGNATURE, 0.50);
        SignatureBlockParser.Result signature = new SignatureBlockParser().parse(layout.lines(layout.tail()));
        warnings.addAll(signature.warnings());

        progress.onProgress(ImportPhase.APPENDIX, 0.55);
        List<AppendixTask> tasks = new ArrayList<>();
        List<DocumentLayout.Region> appendices = layout.appendices();
        for (int i = 0; i < appendices.size(); i++) {
            double base = 0.55 + 0.45 * i / appendices.size();
            double width = 0.45 / appendices.size();
            AppendixParser.Result appendix = new AppendixParser(recognizer).parse(layout.lines(appendices.get(i)),
                    planHeader, fraction -> progress.onProgress(ImportPhase.APPENDIX, Math.min(1.0, base + width * fraction)));
            tasks.addAll(appendix.tasks());
            warnings.addAll(appendix.warnings());
        }

        ParsedPlan plan = new ParsedPlan(normalized.format(), planHeader, ownBases, bases.preamble(),
                sections.sections(), sections.closingRemarks(), responsibilities.responsibilities(), recurring,
                signature.recipients(), signature.signer(), tasks, warnings, citations.citations());
        progress.onProgress(ImportPhase.DONE, 1.0);
        return plan;
    }
}
