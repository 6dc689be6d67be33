package vn.tdkt.plantext;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers for Vietnamese administrative documents. */
public final class VietnameseText {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ANY_SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s;.:,]+$");

    private VietnameseText() {
    }

    /**
     * The folded key (no case, no diacritics, đ→d, single spaces including no-break ones — the same key as the
     * platform's {@code TextNormalizer.fold}, which services store for name matching) without trailing ';' '.' ':'
     * ','; {@code null} folds to "". "Ủy ban", "Uỷ ban" and "UY BAN" fold alike, which is what users expect when a PDF
     * mixes old and new accent placement.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        return TRAILING_PUNCTUATION.matcher(foldKey(text)).replaceAll("");
    }

    /** The folded key of {@link #fold} with trailing punctuation kept ("Sở Nội vụ;" → "so noi vu;"). */
    public static String foldKey(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        String spaced = ANY_SPACES.matcher(nfc).replaceAll(" ").trim();
        String decomposed = Normalizer.normalize(spaced, Normalizer.Form.NFD).replace('đ', 'd').replace('Đ', 'D');
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Whether every cased letter of the line is upper case and it has at least one letter (titles, headings). */
    public static boolean isUpperCase(String text) {
        boolean hasLetter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                hasLetter = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return hasLetter;
    }

    public static int wordCount(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : SPACES.split(stripped).length;
    }

    /** Removes trailing ';' ',' and spaces (list separators), but keeps a final '.' or "./." of a sentence. */
    static String stripListSeparator(String text) {
        String result = text.strip();
        while (!result.isEmpty() && (result.endsWith(";") || result.endsWith(","))) {
            result = result.substring(0, result.length() - 1).strip();
        }
        return result;
    }

    /** Removes trailing separators and periods, for names (units, recipients) rather than sentences. */
    static String stripNamePunctuation(String text) {
        String result = text.strip();
        while (!result.isEmpty() && ";,.:".indexOf(result.charAt(result.length() - 1)) >= 0) {
            result = result.substring(0, result.length() - 1).strip();
        }
        return result;
    }

    static boolean startsWithLowerCaseLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
            if (!Character.isWhitespace(c) && c != '(' && c != '"' && c != '“') {
                return false;
            }
        }
        return false;
    }
}
