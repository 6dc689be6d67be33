package vn.tdkt.plantext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the foot of the document: the "Nơi nhận" distribution list and the signature block.
 *
 * <p>In the printed layout these are two columns side by side, so PDF extraction may interleave
 * them; each line is therefore classified on its own: bullets are recipients, "TM./KT./TL." lines are
 * the authority, an upper-case line is the position, and a short capitalised line is the name.
 */
final class SignatureBlockParser {

    private static final Pattern PERSON_NAME = Pattern.compile("^\\p{Lu}\\p{Ll}*(?:\\s\\p{Lu}\\p{Ll}*){1,5}$");
    private static final Pattern SIGNATURE_NOTE = Pattern.compile("^\\((?:đã ký|ký|ký tên|ký, ghi rõ|đã ký và đóng dấu)[^)]*\\)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    record Result(List<String> recipients, Signer signer, List<ImportWarning> warnings) {
    }

    Result parse(List<SourceLine> tail) {
        List<String> recipients = new ArrayList<>();
        String authority = null;
        String title = null;
        String name = null;
        boolean sawRecipientsHeading = false;
        for (SourceLine line : tail) {
            if (line.isBlank()) {
                continue;
            }
            String text = line.text();
            if (StructureRecognizer.isRecipientsHeading(text)) {
                sawRecipientsHeading = true;
                String rest = text.substring(text.indexOf(':') + 1).strip();
                if (text.contains(":") && !rest.isEmpty()) {
                    recipients.add(StructureRecognizer.withoutBullet(rest));
                }
                continue;
            }
            if (SIGNATURE_NOTE.matcher(text).matches()) {
                continue;
            }
            var bullet = StructureRecognizer.bullet(text);
            if (bullet.isPresent()) {
                recipients.add(bullet.get().text());
                continue;
            }
            if (StructureRecognizer.isSigningAuthority(text)) {
                authority = text;
                continue;
            }
            if (VietnameseText.isUpperCase(text) && VietnameseText.wordCount(text) <= 8) {
                if (title == null) {
                    title = text;
                }
                continue;
            }
            if (PERSON_NAME.matcher(text).matches()) {
                name = text;
                continue;
            }
            if (!recipients.isEmpty() && !endsItem(recipients.get(recipients.size() - 1))
                    && VietnameseText.startsWithLowerCaseLetter(text)) {
                int last = recipients.size() - 1;
                recipients.set(last, recipients.get(last) + " " + text);
            }
        }
        List<ImportWarning> warnings = new ArrayList<>();
        if (!sawRecipientsHeading && recipients.isEmpty()) {
            warnings.add(new ImportWarning(WarningCode.RECIPIENTS_MISSING, "Không tìm thấy mục \"Nơi nhận\".", 0));
        }
        Signer signer = null;
        if (name != null || title != null) {
            signer = new Signer(name, title, authority);
        }
        if (name == null) {
            warnings.add(new ImportWarning(WarningCode.SIGNER_MISSING, "Không tìm thấy họ tên người ký.", 0));
        }
        List<String> names = recipients.stream().map(VietnameseText::stripNamePunctuation).filter(r -> !r.isEmpty()).toList();
        return new Result(names, signer, warnings);
    }

    /** A recipient line ending with ';' or '.' is complete; otherwise a lower-case next line continues it. */
    private static boolean endsItem(String recipient) {
        return recipient.endsWith(".") || recipient.endsWith(";");
    }
}
