package vn.tdkt.plan.reminder.domain;

/** The two kinds of ladder steps. */
public enum StepKind {
    /** Before the due date: emits task-due. */
    DUE("Nhắc trước hạn", "due"),
    /** After the due date: emits task-overdue (the last one escalates to the unit head). */
    OVERDUE("Cảnh báo quá hạn", "overdue");

    private final String label;
    private final String keyPrefix;

    StepKind(String label, String keyPrefix) {
        this.label = label;
        this.keyPrefix = keyPrefix;
    }

    public String label() {
        return label;
    }

    public String keyPrefix() {
        return keyPrefix;
    }
}
