package vn.tdkt.reporting.projection.domain;

import java.time.LocalDate;
import java.util.Optional;
import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Where a plan task stands as seen from the events so far. */
@RequiredArgsConstructor
@Getter
public enum TaskState {
    PLANNED("Đã giao, chưa đến hạn"),
    DUE_SOON("Sắp đến hạn"),
    OVERDUE("Quá hạn"),
    DONE("Đã hoàn thành"),
    CANCELLED("Đã hủy");

    private final String label;

    public boolean isOpen() {
        return this == PLANNED || this == DUE_SOON;
    }

    /**
     * The state as of {@code today}: an open task whose due date has passed is overdue even before (or without) a
     * task-overdue event, e.g. a plan imported after its deadlines or a ladder step not yet scanned. The one rule the
     * summary, the task list and its Mongo filter all follow.
     */
    public TaskState asOf(LocalDate dueDate, LocalDate today) {
        return isOpen() && dueDate != null && dueDate.isBefore(today) ? OVERDUE : this;
    }

    /** The state with this name, if any (names are case-sensitive constants of the API). */
    public static Optional<TaskState> parse(String name) {
        for (TaskState state : values()) {
            if (state.name().equals(name)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
