package vn.tdkt.nomination.rules.domain;

/**
 * Why awarding or proposing is held for a subject (NĐ 152/2025 Điều 4 k4; DOMAIN §7.2).
 */
public enum HoldKind {
    DISCIPLINE_REVIEW("Đang xem xét kỷ luật", "Discipline under review"),
    INVESTIGATION("Đang điều tra, thanh tra, kiểm tra có dấu hiệu vi phạm", "Investigation or inspection with signs of violation"),
    COMPLAINT("Có đơn khiếu nại, tố cáo đang xác minh", "Complaint or denunciation being verified"),
    PRESS_REPORT("Báo chí phản ánh tham nhũng, tiêu cực đang xác minh", "Press report of corruption or misconduct being verified");

    private final String label;
    private final String labelEn;

    HoldKind(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }

    /** Vietnamese label. */
    public String label() {
        return label;
    }

    /** English label, for explanations asked for in English. */
    public String labelEn() {
        return labelEn;
    }
}
