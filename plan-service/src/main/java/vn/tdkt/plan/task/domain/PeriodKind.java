package vn.tdkt.plan.task.domain;

/** Shape of a task's period ("Thời gian") as written in the plan. */
public enum PeriodKind {
    MONTH("Tháng"),
    QUARTER("Quý"),
    DATE("Ngày"),
    DATE_RANGE("Khoảng thời gian"),
    ONGOING("Thường xuyên"),
    UNSPECIFIED("Chưa xác định");

    private final String label;

    PeriodKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
