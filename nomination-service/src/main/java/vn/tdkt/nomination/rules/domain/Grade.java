package vn.tdkt.nomination.rules.domain;

import vn.tdkt.nomination.vocabulary.domain.Labelled;

/**
 * The annual evaluation of a person or collective (xếp loại mức độ hoàn thành nhiệm vụ), imported from the
 * civil-service evaluation, never re-derived (DOMAIN §2.1). {@link #rank()} orders them: higher is better.
 */
public enum Grade implements Labelled {
    HTXSNV("Hoàn thành xuất sắc nhiệm vụ", "Excellent task completion", 4),
    HTTNV("Hoàn thành tốt nhiệm vụ", "Good task completion", 3),
    HTNV("Hoàn thành nhiệm vụ", "Task completed", 2),
    KHTNV("Không hoàn thành nhiệm vụ", "Task not completed", 1);

    private final Labels labels;
    private final int rank;

    Grade(String label, String labelEn, int rank) {
        this.labels = new Labels(label, labelEn);
        this.rank = rank;
    }

    @Override
    public Labels labels() {
        return labels;
    }

    public int rank() {
        return rank;
    }
}
