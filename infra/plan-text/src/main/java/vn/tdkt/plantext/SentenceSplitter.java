package vn.tdkt.plantext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Splits Vietnamese administrative prose into sentences. A sentence ends at '.', '!' or '?' followed
 * by a space and an upper-case letter, except after abbreviations used in official documents
 * ("TM.", "KT.", "TP.", "ThS."…) and inside parentheses.
 */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "tm", "kt", "tl", "tuq", "q", "tp", "tx", "tt", "ths", "ts", "pgs", "gs", "bs", "ks", "cn", "st", "v.v", "vv", "ng");

    private SentenceSplitter() {
    }

    static List<String> sentences(String text) {
        return splitOutsideParentheses(text, i -> {
            char c = text.charAt(i);
            return (c == '.' || c == '!' || c == '?') && endsSentence(text, i);
        }, true);
    }

    private static boolean endsSentence(String text, int dot) {
        int next = dot + 1;
        if (next >= text.length() || text.charAt(next) != ' ') {
            return false;
        }
        int letter = next;
        while (letter < text.length() && (text.charAt(letter) == ' ' || text.charAt(letter) == '"' || text.charAt(letter) == '“')) {
            letter++;
        }
        if (letter >= text.length() || !Character.isUpperCase(text.charAt(letter))) {
            return false;
        }
        int wordStart = dot;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = VietnameseText.fold(text.substring(wordStart, dot));
        return !ABBREVIATIONS.contains(word);
    }

    private static void add(List<String> result, String sentence) {
        String stripped = sentence.strip();
        if (!stripped.isEmpty()) {
            result.add(stripped);
        }
    }

    /** Splits a sentence into clauses on ';' outside parentheses (duties are often listed that way). */
    static List<String> clauses(String sentence) {
        return splitOutsideParentheses(sentence, i -> sentence.charAt(i) == ';', false);
    }

    /**
     * The non-blank, stripped pieces of {@code text} cut at each index outside parentheses where {@code boundary}
     * holds; the boundary character ends its piece when {@code keepBoundary}, otherwise it is dropped.
     */
    private static List<String> splitOutsideParentheses(String text, IntPredicate boundary, boolean keepBoundary) {
        List<String> result = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0 && boundary.test(i)) {
                add(result, text.substring(start, keepBoundary ? i + 1 : i));
                start = i + 1;
            }
        }
        add(result, text.substring(start));
        return result;
    }
}
