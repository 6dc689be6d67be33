package vn.tdkt.nomination.dossier.domain;

/**
 * Kinds of dossier documents (Luật TĐKT Điều 84 k1; the codes a provincial system uses are in DOMAIN §4.1:
 * TOTRINH, BAOCAO, BIENBAN, SANGKIEN, DTKH, KHAC).
 */
public enum AttachmentKind {
    TO_TRINH("Tờ trình"),
    BAO_CAO_THANH_TICH("Báo cáo thành tích"),
    BIEN_BAN_BINH_XET("Biên bản bình xét (có kết quả biểu quyết)"),
    CHUNG_NHAN_SANG_KIEN("Giấy chứng nhận sáng kiến"),
    CHUNG_NHAN_DE_TAI("Xác nhận đề tài khoa học, đề án được nghiệm thu"),
    CHUNG_NHAN_HTXSNV("Quyết định, xác nhận hoàn thành xuất sắc nhiệm vụ"),
    XAC_NHAN_CO_THAM_QUYEN("Xác nhận của cơ quan có thẩm quyền"),
    KHAC("Tài liệu khác");

    private final String label;

    AttachmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A certificate of the achievement (sáng kiến, đề tài, HTXSNV, competent body). */
    public boolean isCertificate() {
        return this == CHUNG_NHAN_SANG_KIEN || this == CHUNG_NHAN_DE_TAI || this == CHUNG_NHAN_HTXSNV
                || this == XAC_NHAN_CO_THAM_QUYEN;
    }
}
