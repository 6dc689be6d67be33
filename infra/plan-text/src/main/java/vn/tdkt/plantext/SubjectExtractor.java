package vn.tdkt.plantext;

import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Finds the unit a prose sentence is addressed to: "Sở Giáo dục và Đào tạo chủ trì …" → "Sở Giáo dục
 * và Đào tạo". The subject is the words before the first typical duty verb, kept only if it looks
 * like a unit name.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class SubjectExtractor {

    private static final List<String> VERB_STARTS = List.of(
            "chu tri", "co trach nhiem", "chiu trach nhiem", "phoi hop", "tham muu", "can cu", "xay dung", "to chuc",
            "thuc hien", "can", "chu dong", "tiep tuc", "day manh", "tang cuong", "huong dan", "theo doi", "bao cao",
            "cung cap", "de nghi", "trien khai", "kiem tra", "tong hop", "quan tam", "tich cuc", "danh gia", "gui",
            "dang ky", "hang quy", "hang thang", "hang nam", "dinh ky", "moi quy", "thuong xuyen", "nghien cuu", "lam");

    private final UnitNameRecognizer recognizer;

    Optional<String> subject(String sentence) {
        String[] words = sentence.strip().split(" ");
        String[] folded = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            folded[i] = VietnameseText.fold(words[i]);
        }
        for (int i = 2; i < words.length; i++) {
            if (startsVerb(folded, i)) {
                String subject = VietnameseText.stripNamePunctuation(String.join(" ", List.of(words).subList(0, i)));
                return recognizer.looksLikeUnit(subject) ? Optional.of(subject) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean startsVerb(String[] folded, int index) {
        for (String verb : VERB_STARTS) {
            String[] parts = verb.split(" ");
            if (index + parts.length > folded.length) {
                continue;
            }
            boolean match = true;
            for (int j = 0; j < parts.length && match; j++) {
                match = folded[index + j].equals(parts[j]);
            }
            if (match) {
                return true;
            }
        }
        return false;
    }
}
