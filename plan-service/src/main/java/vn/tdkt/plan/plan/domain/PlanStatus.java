package vn.tdkt.plan.plan.domain;

/** DRAFT (editable) → PUBLISHED (immutable; amended by new versions) → CLOSED (year end). */
public enum PlanStatus {
    DRAFT("Dự thảo"),
    PUBLISHED("Đã ban hành"),
    CLOSED("Đã kết thúc");

    private final String label;

    PlanStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
