package vn.tdkt.plan.importing.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the "Căn cứ …" lines between the header and the first section; the other lines there form
 * the preamble ("Để tổ chức thực hiện…"). A basis wrapped over several lines is joined: the wrapped
 * part starts in lower case and the previous part has no final ';' or '.'.
 */
final class LegalBasisParser {

    record Result(List<LegalBasis> bases, List<String> preamble) {
    }

    Result parse(List<SourceLine> lines) {
        List<LegalBasis> bases = new ArrayList<>();
        List<String> preamble = new ArrayList<>();
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
            } else if (current != null && !endsClause(current) && VietnameseText.startsWithLowerCaseLetter(text)) {
                current.append(' ').append(text);
            } else {
                if (current != null) {
                    bases.add(toBasis(current.toString(), currentLine));
                    current = null;
                }
                preamble.add(text);
            }
        }
        if (current != null) {
            bases.add(toBasis(current.toString(), currentLine));
        }
        return new Result(bases, preamble);
    }

    private static boolean endsClause(StringBuilder text) {
        char last = text.charAt(text.length() - 1);
        return last == ';' || last == '.';
    }

    private static LegalBasis toBasis(String line, int lineNumber) {
        String text = line.replaceFirst("(?iu)^căn\\s+cứ\\s*:?\\s*", "");
        text = VietnameseText.stripNamePunctuation(text);
        return new LegalBasis(text,
                DocumentReferences.documentKind(text).orElse(null),
                DocumentReferences.documentNumber(text).orElse(null),
                DocumentReferences.firstDate(text).orElse(null),
                lineNumber);
    }
}
