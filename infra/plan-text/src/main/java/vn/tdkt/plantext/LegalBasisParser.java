package vn.tdkt.plantext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the "Căn cứ …" lines between the header and the first section; the other lines there form the preamble
 * ("Để tổ chức thực hiện…", "Thực hiện Kế hoạch số … , Sở … ban hành Kế hoạch …"). A basis wrapped over several lines
 * is joined: the wrapped part starts in lower case and the previous part has no final ';' or '.', or the break cut
 * a document number after "số" (a number cut inside its symbol is mended before, by the normaliser).
 */
final class LegalBasisParser {

    private static final Pattern ENDS_BEFORE_NUMBER = Pattern.compile("(?iu)\\bsố\\s*:?$");
    private static final Pattern STARTS_WITH_NUMBER = Pattern.compile("^\\d{1,5}[a-zA-Z]?(?:/\\d{4})?/\\p{Lu}");

    record Result(List<LegalBasis> bases, List<String> preamble, List<SourceLine> preambleLines) {
    }

    Result parse(List<SourceLine> lines) {
        List<LegalBasis> bases = new ArrayList<>();
        List<SourceLine> preamble = new ArrayList<>();
        StringBuilder current = null;
        int currentLine = 0;
        for (SourceLine line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String text = StructureRecognizer.withoutBullet(line.text());
            if (VietnameseText.fold(text).startsWith("can cu")) {
                if (current != null) {
                    bases.add(toBasis(current.toString(), currentLine));
                }
                current = new StringBuilder(text);
                currentLine = line.number();
            } else if (current != null && continues(current, text)) {
                current.append(' ').append(text);
            } else {
                if (current != null) {
                    bases.add(toBasis(current.toString(), currentLine));
                    current = null;
                }
                preamble.add(new SourceLine(line.number(), text, 0));
            }
        }
        if (current != null) {
            bases.add(toBasis(current.toString(), currentLine));
        }
        return new Result(bases, preamble.stream().map(SourceLine::text).toList(), preamble);
    }

    private static boolean continues(StringBuilder current, String text) {
        return ENDS_BEFORE_NUMBER.matcher(current).find() && STARTS_WITH_NUMBER.matcher(text).find()
                || !endsClause(current) && VietnameseText.startsWithLowerCaseLetter(text);
    }

    private static boolean endsClause(StringBuilder text) {
        char last = text.charAt(text.length() - 1);
        return last == ';' || last == '.';
    }

    private static LegalBasis toBasis(String line, int lineNumber) {
        String text = line.replaceFirst("(?iu)^căn\\s+cứ\\s*:?\\s*", "");
        text = VietnameseText.stripNamePunctuation(text);
        String number = DocumentReferences.documentNumber(text).orElse(null);
        List<DocumentReferences.Reference> references = DocumentReferences.references(text);
        String issuer = references.isEmpty() || !references.get(0).number().equals(number)
                ? issuerOfNamedDocument(text) : references.get(0).issuer();
        return new LegalBasis(text,
                DocumentReferences.documentKind(text).orElse(null),
                number,
                DocumentReferences.firstDate(text).orElse(null),
                lineNumber, issuer, CitationRole.LEGAL_BASIS);
    }

    /** A document cited by name ("Luật Thi đua, khen thưởng ngày … của Quốc hội"): the first "của …" says who. */
    private static String issuerOfNamedDocument(String text) {
        int of = text.indexOf(" của ");
        return of < 0 ? null : DocumentReferences.issuerAfter(text.substring(of)).orElse(null);
    }
}
