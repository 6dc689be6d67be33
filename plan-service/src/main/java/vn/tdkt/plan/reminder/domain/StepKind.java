package vn.tdkt.plan.reminder.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** The two kinds of ladder steps. */
@RequiredArgsConstructor
@Getter
public enum StepKind {
    /** Before the due date: emits task-due. */
    DUE("Nhắc trước hạn", "due"),
    /** After the due date: emits task-overdue (the last one escalates to the unit head). */
    OVERDUE("Cảnh báo quá hạn", "overdue");

    private final String label;
    private final String keyPrefix;
}
