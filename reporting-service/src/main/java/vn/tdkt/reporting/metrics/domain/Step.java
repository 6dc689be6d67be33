package vn.tdkt.reporting.metrics.domain;

/** A step of the TĐKT process whose lead time is measured (PRODUCT.md Part 4 item 12). */
public enum Step {
    SUBMITTED_TO_APPRAISED("Nộp hồ sơ → thẩm định xong", true),
    APPRAISED_TO_VOTED("Thẩm định → Hội đồng bỏ phiếu", true),
    VOTED_TO_DECIDED("Bỏ phiếu → quyết định khen thưởng", true),
    TASK_ASSIGNED_TO_DONE("Giao nhiệm vụ → hoàn thành", false);

    private final String label;
    private final boolean dossierStep;

    Step(String label, boolean dossierStep) {
        this.label = label;
        this.dossierStep = dossierStep;
    }

    public String label() {
        return label;
    }

    /** A step of the dossier path (submitted → appraised → voted → decided), where bottlenecks are compared. */
    public boolean dossierStep() {
        return dossierStep;
    }
}
