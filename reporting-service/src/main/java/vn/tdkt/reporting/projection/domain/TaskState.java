package vn.tdkt.reporting.projection.domain;

import java.util.Optional;

/** Where a plan task stands as seen from the events so far. */
public enum TaskState {
    PLANNED("Đã giao, chưa đến hạn"),
    DUE_SOON("Sắp đến hạn"),
    OVERDUE("Quá hạn"),
    DONE("Đã hoàn thành"),
    CANCELLED("Đã hủy");

    private final String label;

    TaskState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
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
