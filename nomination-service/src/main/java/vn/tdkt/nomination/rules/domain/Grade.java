package vn.tdkt.nomination.rules.domain;

/**
 * The annual evaluation of a person or collective (xếp loại mức độ hoàn thành nhiệm vụ), imported from the
 * civil-service evaluation, never re-derived (DOMAIN §2.1). {@link #rank()} orders them: higher is better.
 */
public enum Grade {
    HTXSNV("Hoàn thành xuất sắc nhiệm vụ", "Excellent task completion", 4),
    HTTNV("Hoàn thành tốt nhiệm vụ", "Good task completion", 3),
    HTNV("Hoàn thành nhiệm vụ", "Task completed", 2),
    KHTNV("Không hoàn thành nhiệm vụ", "Task not completed", 1);

    private final String label;
    private final String labelEn;
    private final int rank;

    Grade(String label, String labelEn, int rank) {
        this.label = label;
        this.labelEn = labelEn;
        this.rank = rank;
    }

    /** Vietnamese label. */
    public String label() {
        return label;
    }

    /** English label, for explanations asked for in English. */
    public String labelEn() {
        return labelEn;
    }

    public int rank() {
        return rank;
    }
}
