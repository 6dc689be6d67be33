package vn.tdkt.plan.task.domain;

/** Life of a task. DONE and CANCELLED are final and stop the reminder ladder. */
public enum TaskStatus {
    PLANNED("Chưa thực hiện"),
    IN_PROGRESS("Đang thực hiện"),
    DONE("Đã hoàn thành"),
    OVERDUE("Quá hạn"),
    CANCELLED("Đã hủy");

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS || this == OVERDUE;
    }
}
