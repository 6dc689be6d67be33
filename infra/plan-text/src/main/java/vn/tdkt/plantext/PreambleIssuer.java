package vn.tdkt.plantext;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issuer a preamble names when the header does not: "Để tổ chức thực hiện …, Ủy ban nhân dân tỉnh ban hành Kế
 * hoạch …", "Thực hiện Kế hoạch số …, Sở Giáo dục và Đào tạo xây dựng Kế hoạch …". The name is what stands between the
 * last comma (or the start) and "ban hành" / "xây dựng", if it reads as a unit's name.
 */
final class PreambleIssuer {

    private static final Pattern ISSUES = Pattern.compile(
            "(?iu)(?:^|[,;:.]\\s*)([^,;:.]{3,120}?)\\s+(?:ban hành|xây dựng|triển khai)\\s+(?:kế hoạch|chương trình|hướng dẫn)\\b");
    private static final UnitNameRecognizer RECOGNIZER = new UnitNameRecognizer(name -> false);

    private PreambleIssuer() {
    }

    static Optional<String> find(List<String> preamble) {
        for (String paragraph : preamble) {
            Matcher m = ISSUES.matcher(paragraph);
            while (m.find()) {
                String name = VietnameseText.stripNamePunctuation(m.group(1));
                if (RECOGNIZER.looksLikeUnit(name) && VietnameseText.wordCount(name) <= 15) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }
}
