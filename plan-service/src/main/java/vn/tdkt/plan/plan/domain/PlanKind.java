package vn.tdkt.plan.plan.domain;

/** Kind of plan. */
public enum PlanKind {
    ANNUAL("Kế hoạch công tác thi đua, khen thưởng năm"),
    IMPLEMENTING("Kế hoạch triển khai thực hiện"),
    THEMATIC("Kế hoạch thi đua chuyên đề");

    private final String label;

    PlanKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
