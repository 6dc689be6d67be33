package vn.tdkt.contracts.nomination;

/** Result of an appraisal (thẩm định). */
public enum AppraisalOutcome {
    ELIGIBLE("Đủ điều kiện"),
    NOT_ELIGIBLE("Không đủ điều kiện");

    private final String label;

    AppraisalOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
