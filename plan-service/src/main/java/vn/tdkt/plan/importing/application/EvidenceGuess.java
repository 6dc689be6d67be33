package vn.tdkt.plan.importing.application;

import java.util.List;
import vn.tdkt.plan.task.domain.EvidenceKind;
import vn.tdkt.platform.text.TextNormalizer;

/**
 * What will prove a task done, guessed from how its content starts: "Ban hành / Dự thảo / Trình …" a document,
 * "Tổ chức / Tham dự / Dự Hội nghị / Tổng kết …" an event, "Tuyên truyền …" or "tin, bài" an article, anything else
 * (notably "Báo cáo …") a report. The officer can change it on the draft plan.
 */
final class EvidenceGuess {

    private static final List<String> DOCUMENT = List.of("ban hanh", "du thao", "trinh ", "xay dung", "dang ky",
            "huong dan");
    private static final List<String> EVENT = List.of("to chuc", "tham du", "du hoi nghi", "phoi hop to chuc",
            "tong ket", "so ket", "mo lop");
    private static final List<String> ARTICLE = List.of("tuyen truyen", "tin, bai", "tin hoac bai", "tin bai");

    private EvidenceGuess() {
    }

    static EvidenceKind of(String content) {
        String text = TextNormalizer.fold(content == null ? "" : content);
        if (text.startsWith("bao cao")) {
            return EvidenceKind.REPORT;
        }
        if (DOCUMENT.stream().anyMatch(text::startsWith)) {
            return EvidenceKind.DOCUMENT;
        }
        if (EVENT.stream().anyMatch(text::startsWith)) {
            return EvidenceKind.EVENT;
        }
        if (ARTICLE.stream().anyMatch(text::contains)) {
            return EvidenceKind.ARTICLE;
        }
        return EvidenceKind.REPORT;
    }
}
