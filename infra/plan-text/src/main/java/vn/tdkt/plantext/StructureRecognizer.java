package vn.tdkt.plantext;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises numbered headings and bullets on a normalised line. */
final class StructureRecognizer {

    private static final Pattern ROMAN_HEADING = Pattern.compile(
            "^(?:(?:PHẦN|Phần)\\s+)?(X{0,3}(?:IX|IV|V?I{0,3}))\\s*[.):–-]\\s*(\\S.*)$");
    private static final Pattern PART_WORD_HEADING = Pattern.compile("^(?:PHẦN|Phần)\\s+(X{0,3}(?:IX|IV|V?I{0,3}))\\s*$");
    private static final Pattern SUBCLAUSE_HEADING = Pattern.compile("^(\\d{1,2}\\.\\d{1,2})\\.?\\s+(\\S.*)$");
    private static final Pattern CLAUSE_HEADING = Pattern.compile("^(\\d{1,2})\\s*[.)](?!\\d)\\s*(\\S.*)$");
    private static final Pattern POINT_HEADING = Pattern.compile("^([a-zđ])\\s*(?:\\)|\\.(?=\\s*\\p{Lu}))\\s*(\\S.*)$");
    private static final Pattern BULLET = Pattern.compile("^([-–—•+*·▪◦■])\\s*(?=[\\p{L}\\d(\"“'])(.+)$");
    private static final Pattern APPENDIX_HEADING = Pattern.compile("^PHỤ LỤC\\b.*$|^Phụ lục(?:\\s+(?:[IVX]+|\\d+))?\\s*[:.]?\\s*$");

    private StructureRecognizer() {
    }

    record Heading(SectionLevel level, String number, String title) {
    }

    record Bullet(String marker, String text) {
    }

    static Optional<Heading> heading(String line) {
        Matcher m = ROMAN_HEADING.matcher(line);
        if (m.matches() && !m.group(1).isEmpty()) {
            return Optional.of(new Heading(SectionLevel.PART, m.group(1), m.group(2).strip()));
        }
        m = PART_WORD_HEADING.matcher(line);
        if (m.matches() && !m.group(1).isEmpty()) {
            return Optional.of(new Heading(SectionLevel.PART, m.group(1), ""));
        }
        m = SUBCLAUSE_HEADING.matcher(line);
        if (m.matches()) {
            return Optional.of(new Heading(SectionLevel.SUBCLAUSE, m.group(1), m.group(2).strip()));
        }
        m = CLAUSE_HEADING.matcher(line);
        if (m.matches()) {
            return Optional.of(new Heading(SectionLevel.CLAUSE, m.group(1), m.group(2).strip()));
        }
        m = POINT_HEADING.matcher(line);
        if (m.matches()) {
            return Optional.of(new Heading(SectionLevel.POINT, m.group(1), m.group(2).strip()));
        }
        return Optional.empty();
    }

    static boolean isPartHeading(String line) {
        return heading(line).filter(h -> h.level() == SectionLevel.PART).isPresent();
    }

    static Optional<Bullet> bullet(String line) {
        Matcher m = BULLET.matcher(line);
        return m.matches() ? Optional.of(new Bullet(m.group(1), m.group(2).strip())) : Optional.empty();
    }

    /** Strips a leading bullet marker, if any. */
    static String withoutBullet(String line) {
        return bullet(line).map(Bullet::text).orElse(line.strip());
    }

    static boolean isAppendixHeading(String line) {
        return APPENDIX_HEADING.matcher(line.strip()).matches();
    }

    /** "Nơi nhận:" starts the distribution list at the foot of the document. */
    static boolean isRecipientsHeading(String line) {
        return VietnameseText.fold(line).startsWith("noi nhan");
    }

    /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "TL. GIÁM ĐỐC"…: signing on behalf of someone. */
    static boolean isSigningAuthority(String line) {
        return line.matches("^(?:TM|KT|TL|TUQ|Q|QUYỀN)\\s*\\.\\s*\\p{Lu}.*") && VietnameseText.isUpperCase(line);
    }

    /** A trailer added by the site the text was copied from, not part of the document. */
    static boolean isSourceNote(String line) {
        String folded = VietnameseText.fold(line);
        return folded.startsWith("nguon tra cuu") || folded.startsWith("nguon:") || folded.startsWith("nguon van ban");
    }
}
