package vn.tdkt.nomination.register.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import vn.tdkt.nomination.vocabulary.domain.Labelled;

/**
 * The only grounds on which an award decision is revoked (hủy bỏ) and its items and money recovered: Luật Thi đua,
 * khen thưởng 2022 Điều 93 khoản 2 điểm a–d [V, notes/legal-research.md §3]. The event carries the point (A–D).
 */
@RequiredArgsConstructor
public enum RevocationTrigger implements Labelled {
    A("Có hành vi gian dối trong việc kê khai công trạng, thành tích để được khen thưởng",
            "Fraudulent declaration of merits or achievements", "a"),
    B("Cung cấp thông tin sai sự thật hoặc làm giả hồ sơ, giấy tờ để đề nghị khen thưởng",
            "False information or forged dossier documents", "b"),
    C("Thẩm định, xét, duyệt, đề nghị khen thưởng trái quy định của pháp luật",
            "Appraisal, review, approval or proposal against the law", "c"),
    D("Có kết luận, quyết định, bản án của cơ quan có thẩm quyền về vi phạm dẫn đến không bảo đảm tiêu chuẩn trong "
            + "khoảng thời gian tính thành tích",
            "A competent body's conclusion, decision or judgment of violations breaking the criteria in the "
                    + "achievement period", "d");

    @Getter
    private final String label;
    @Getter
    private final String labelEn;
    private final String point;

    /** "Luật Thi đua, khen thưởng 2022, Điều 93 khoản 2 điểm a". */
    public String citation() {
        return "Luật Thi đua, khen thưởng 2022, Điều 93 khoản 2 điểm " + point;
    }
}
