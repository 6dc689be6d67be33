package vn.tdkt.reporting.projection.domain;

/** Where a nomination dossier stands, derived from every event heard about it (the furthest fact wins). */
public enum DossierStage {
    SUBMITTED("Đã nộp, chờ thẩm định"),
    IN_APPRAISAL("Đang thẩm định"),
    RETURNED("Trả lại để bổ sung"),
    ELIGIBLE("Đủ điều kiện"),
    NOT_ELIGIBLE("Không đủ điều kiện"),
    VOTED("Hội đồng thông qua"),
    VOTE_FAILED("Không đạt tỷ lệ phiếu"),
    DECIDED("Đã có quyết định khen thưởng"),
    RECALLED("Đơn vị đã rút hồ sơ"),
    REVOKED("Khen thưởng đã bị hủy bỏ");

    private final String label;

    DossierStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
