package vn.tdkt.plan.task.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Life of a task. DONE and CANCELLED are final and stop the reminder ladder. */
@RequiredArgsConstructor
@Getter
public enum TaskStatus {
    PLANNED("Chưa thực hiện"),
    IN_PROGRESS("Đang thực hiện"),
    DONE("Đã hoàn thành"),
    OVERDUE("Quá hạn"),
    CANCELLED("Đã hủy");

    private final String label;

    public boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS || this == OVERDUE;
    }
}
