package vn.tdkt.nomination.catalogue.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import vn.tdkt.nomination.vocabulary.domain.Labelled;

/**
 * Kinds of document in a nomination dossier (DOMAIN §4.1: tờ trình, báo cáo thành tích, biên bản, certificates).
 */
@RequiredArgsConstructor
@Getter
public enum DocumentKind implements Labelled {
    TO_TRINH("Tờ trình", "Submission (tờ trình)"),
    BAO_CAO_THANH_TICH("Báo cáo thành tích", "Achievement report"),
    BIEN_BAN_BINH_XET("Biên bản họp bình xét", "Review meeting minutes"),
    CHUNG_NHAN_SANG_KIEN("Giấy chứng nhận sáng kiến", "Innovation certificate"),
    CHUNG_NHAN_DE_TAI("Xác nhận đề tài, công trình khoa học", "S&T work acceptance"),
    XAC_NHAN_HTXSNV("Văn bản đánh giá, xếp loại hoàn thành xuất sắc nhiệm vụ", "Excellent-rating record"),
    XAC_NHAN_THANH_TICH("Văn bản xác nhận thành tích của cơ quan có thẩm quyền", "Competent body's certificate of the achievement"),
    KET_LUAN_UBND_TINH("Kết luận của tập thể UBND tỉnh", "Conclusion of the provincial People's Committee"),
    Y_KIEN_BTV_TINH_UY("Ý kiến bằng văn bản của Ban Thường vụ Tỉnh ủy", "Written opinion of the provincial Party standing committee"),
    BAO_CAO_QUA_TRINH_CONG_TAC("Báo cáo tóm tắt quá trình công tác", "Career summary report"),
    TAI_LIEU_KHAC("Tài liệu khác", "Other document");

    private final String label;
    private final String labelEn;
}
