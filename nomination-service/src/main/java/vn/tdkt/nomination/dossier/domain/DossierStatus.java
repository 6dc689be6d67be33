package vn.tdkt.nomination.dossier.domain;

/** Where a dossier stands in its life (see {@link Dossier}). */
public enum DossierStatus {
    DRAFT("Dự thảo"),
    SUBMITTED("Đã gửi"),
    UNDER_APPRAISAL("Đang thẩm định"),
    RETURNED("Trả lại để bổ sung"),
    RECALLED("Đơn vị đã rút"),
    APPRAISED_ELIGIBLE("Đủ điều kiện"),
    APPRAISED_NOT_ELIGIBLE("Không đủ điều kiện");

    private final String label;

    DossierStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Submitted and not withdrawn: it counts against quotas and blocks duplicates. */
    public boolean isProposed() {
        return this != DRAFT && this != RECALLED;
    }
}
