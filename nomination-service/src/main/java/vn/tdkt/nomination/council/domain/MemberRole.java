package vn.tdkt.nomination.council.domain;

/** A member's place in the council (QĐ 86/2025/QĐ-UBND Bắc Ninh, Điều 8 k1). */
public enum MemberRole {
    CHU_TICH("Chủ tịch Hội đồng"),
    PHO_CHU_TICH("Phó Chủ tịch Hội đồng"),
    THUONG_TRUC("Ủy viên thường trực"),
    UY_VIEN("Ủy viên");

    private final String label;

    MemberRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
