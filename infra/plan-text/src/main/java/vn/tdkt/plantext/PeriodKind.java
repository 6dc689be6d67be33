package vn.tdkt.plantext;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Shape of the time written in a task's period cell (cột "Thời gian"). */
@RequiredArgsConstructor
@Getter
public enum PeriodKind {
    /** A month: "01/2025", "6/2025", "Tháng 12". */
    MONTH("Tháng"),
    /** A quarter: "Trong quý III", "Quý II/2025". */
    QUARTER("Quý"),
    /** A single date: "trước ngày 10/12/2025", "15/12". */
    DATE("Ngày"),
    /** A span: "từ 01/3 đến 15/3/2025", "Tháng 3-4/2025", "6 tháng đầu năm", "Năm 2025". */
    DATE_RANGE("Khoảng thời gian"),
    /** Continuous work: "Thường xuyên". */
    ONGOING("Thường xuyên"),
    /** Empty or not understood. */
    UNSPECIFIED("Chưa xác định");

    private final String label;
}
