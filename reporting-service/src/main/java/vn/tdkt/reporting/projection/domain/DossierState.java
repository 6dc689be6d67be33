package vn.tdkt.reporting.projection.domain;

/** Where a nomination dossier (hồ sơ đề nghị khen thưởng) stands as seen from the events so far. */
public enum DossierState {
    SUBMITTED("Đã nộp, chờ thẩm định"),
    ELIGIBLE("Đủ điều kiện"),
    NOT_ELIGIBLE("Không đủ điều kiện");

    private final String label;

    DossierState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
