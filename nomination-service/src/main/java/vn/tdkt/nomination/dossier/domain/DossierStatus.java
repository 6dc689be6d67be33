package vn.tdkt.nomination.dossier.domain;

/** Where a nomination dossier (hồ sơ đề nghị khen thưởng) stands. */
public enum DossierStatus {
    DRAFT("Dự thảo"),
    SUBMITTED("Đã gửi"),
    APPRAISED_ELIGIBLE("Đủ điều kiện"),
    APPRAISED_NOT_ELIGIBLE("Không đủ điều kiện");

    private final String label;

    DossierStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
