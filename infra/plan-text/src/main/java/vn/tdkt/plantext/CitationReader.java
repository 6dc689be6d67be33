package vn.tdkt.plantext;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Finds every document the plan cites — in its "Căn cứ" lines, its preamble and its body — and tells the plan's own
 * bases from documents it merely mentions: a "Căn cứ" line is a legal basis; a preamble sentence "Thực hiện …" (or
 * "Triển khai …") names the document the plan implements; anything else is a mention. The same document cited with
 * different dates is a warning: which date is right is for the officer to check, not for the reader to pick.
 */
final class CitationReader {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    record Result(List<LegalBasis> parents, List<DocumentCitation> citations, List<ImportWarning> warnings) {
    }

    Result read(List<LegalBasis> bases, List<SourceLine> preamble, List<PlanSection> sections) {
        List<DocumentCitation> citations = new ArrayList<>();
        List<LegalBasis> parents = new ArrayList<>();
        for (LegalBasis basis : bases) {
            citations.add(new DocumentCitation(basis.documentKind(), basis.documentNumber(), basis.date(),
                    basis.issuer(), CitationRole.LEGAL_BASIS, DocumentCitation.LEGAL_BASES, basis.text(),
                    basis.lineNumber()));
            for (DocumentReferences.Reference reference : DocumentReferences.references(basis.text())) {
                if (!reference.number().equals(basis.documentNumber())) {
                    citations.add(citation(reference, CitationRole.MENTIONED, DocumentCitation.LEGAL_BASES,
                            basis.text(), basis.lineNumber()));
                }
            }
        }
        for (SourceLine line : preamble) {
            for (String sentence : SentenceSplitter.sentences(line.text())) {
                String folded = VietnameseText.fold(sentence);
                CitationRole role = folded.startsWith("thuc hien") || folded.startsWith("trien khai")
                        ? CitationRole.PARENT : CitationRole.MENTIONED;
                for (DocumentReferences.Reference reference : DocumentReferences.references(sentence)) {
                    DocumentCitation citation = citation(reference, role, DocumentCitation.PREAMBLE, sentence,
                            line.number());
                    citations.add(citation);
                    if (role == CitationRole.PARENT) {
                        parents.add(new LegalBasis(sentence, citation.kind(), citation.number(), citation.date(),
                                line.number(), citation.issuer(), CitationRole.PARENT));
                    }
                }
            }
        }
        sections.forEach(section -> body(section, citations));
        return new Result(parents, citations, conflicts(citations));
    }

    private static void body(PlanSection section, List<DocumentCitation> citations) {
        mentions(section.title(), section.path(), section.lineNumber(), citations);
        for (TextBlock block : section.blocks()) {
            mentions(block.text(), section.path(), block.lineNumber(), citations);
        }
        section.subsections().forEach(child -> body(child, citations));
    }

    private static void mentions(String text, String path, int line, List<DocumentCitation> citations) {
        for (String sentence : SentenceSplitter.sentences(text)) {
            for (DocumentReferences.Reference reference : DocumentReferences.references(sentence)) {
                citations.add(citation(reference, CitationRole.MENTIONED, path, sentence, line));
            }
        }
    }

    private static DocumentCitation citation(DocumentReferences.Reference reference, CitationRole role, String where,
            String text, int line) {
        return new DocumentCitation(reference.kind(), reference.number(), reference.date(), reference.issuer(), role,
                where, text, line);
    }

    /** One warning per document cited with more than one date, listing each date and where it was written. */
    private static List<ImportWarning> conflicts(List<DocumentCitation> citations) {
        Map<String, List<DocumentCitation>> byNumber = citations.stream()
                .filter(citation -> citation.number() != null && citation.date() != null)
                .collect(Collectors.groupingBy(DocumentCitation::numberKey, LinkedHashMap::new, Collectors.toList()));
        List<ImportWarning> warnings = new ArrayList<>();
        byNumber.forEach((number, cited) -> {
            List<LocalDate> dates = cited.stream().map(DocumentCitation::date).distinct().toList();
            if (dates.size() > 1) {
                String where = cited.stream()
                        .map(c -> DATE.format(c.date()) + " (" + c.citedIn() + ", dòng " + c.lineNumber() + ")")
                        .distinct().collect(Collectors.joining(", "));
                int line = cited.stream().filter(c -> !Objects.equals(c.date(), cited.get(0).date()))
                        .findFirst().orElse(cited.get(0)).lineNumber();
                warnings.add(new ImportWarning(WarningCode.CITATION_DATE_CONFLICT, "Văn bản số " + cited.get(0).number()
                        + " được dẫn với các ngày khác nhau: " + where + "; cần kiểm tra lại ngày ban hành.", line));
            }
        });
        return warnings;
    }
}
