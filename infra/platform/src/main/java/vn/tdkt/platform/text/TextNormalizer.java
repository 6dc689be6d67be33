package vn.tdkt.platform.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text as the platform stores and compares it. Everything stored is NFC, because the same
 * letter can arrive precomposed or decomposed ("ệ" as one or three code points) from different keyboards
 * and PDF extractors. Matching of names uses a folded key (no case, no diacritics, đ→d, single spaces)
 * instead of a database collation, which the MongoDB-wire test server does not enforce.
 */
public final class TextNormalizer {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private TextNormalizer() {
    }

    /** NFC form; {@code null} stays {@code null}. */
    public static String nfc(String text) {
        if (text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** NFC plus trimmed, with runs of white space (including no-break spaces) collapsed to one space. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        return SPACES.matcher(nfc(text)).replaceAll(" ").trim();
    }

    /** Key for case- and diacritic-insensitive matching: "Sở Nội vụ" → "so noi vu", "Đắk Lắk" → "dak lak". */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(clean(text), Normalizer.Form.NFD)
                .replace('đ', 'd').replace('Đ', 'D');
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /**
     * True when {@code text} holds a control character: U+0000–U+001F or U+007F, except tab, line feed and
     * carriage return when {@code allowLineBreaks} (free text); a single-line field (a name, a title) allows none.
     */
    public static boolean hasControlCharacters(String text, boolean allowLineBreaks) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                if (allowLineBreaks && (c == '\t' || c == '\n' || c == '\r')) {
                    continue;
                }
                return true;
            }
        }
        return false;
    }
}
