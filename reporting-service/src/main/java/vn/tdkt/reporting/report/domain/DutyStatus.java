package vn.tdkt.reporting.report.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Where one unit's duty to submit one report stands. */
@RequiredArgsConstructor
@Getter
public enum DutyStatus {
    AWAITING("Chờ nộp"),
    SUBMITTED("Đã nộp"),
    RETURNED("Bị trả lại, chờ nộp lại"),
    CLOSED_IN_PLAN("Nhiệm vụ đã hoàn thành bên kế hoạch"),
    CANCELLED("Đã hủy");

    private final String label;

    /** The unit still owes the report: the reminder ladder runs. */
    public boolean isOpen() {
        return this == AWAITING || this == RETURNED;
    }
}
