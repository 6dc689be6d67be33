package vn.tdkt.reporting.report.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** The kinds of periodic report a province asks of its units (DOMAIN §6). */
@RequiredArgsConstructor
@Getter
public enum ReportKind {
    SIX_MONTH("Báo cáo sơ kết 6 tháng"),
    ANNUAL("Báo cáo tổng kết năm"),
    THEMATIC("Báo cáo chuyên đề"),
    PLAN_TASK("Báo cáo theo nhiệm vụ của kế hoạch"),
    STATISTICAL("Báo cáo thống kê (biểu mẫu của Bộ Nội vụ)");

    private final String label;
}
