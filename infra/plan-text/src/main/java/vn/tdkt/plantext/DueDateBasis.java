package vn.tdkt.plantext;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Which part of {@link DueDateRule} produced a {@link DueDate}. */
@RequiredArgsConstructor
@Getter
public enum DueDateBasis {
    END_OF_MONTH("Ngày cuối tháng"),
    END_OF_QUARTER("Ngày cuối quý"),
    EXPLICIT_DATE("Ngày ghi trong kế hoạch"),
    END_OF_RANGE("Ngày cuối khoảng thời gian"),
    ONGOING("Nhiệm vụ thường xuyên, không có hạn"),
    UNSPECIFIED("Chưa xác định được hạn"),
    /** A date set beside the period text (by the officer who entered the task, or a later move of the deadline). */
    SET("Ngày ấn định");

    private final String label;
}
