package vn.tdkt.reporting.report.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Where a report obligation came from. */
@RequiredArgsConstructor
@Getter
public enum ObligationSource {
    /** Defined by a Sở Nội vụ officer through the API. */
    SNV("Sở Nội vụ giao"),
    /** A plan task whose evidence is a report, or a recurring "định kỳ báo cáo" duty of a plan. */
    PLAN_TASK("Nhiệm vụ của kế hoạch"),
    /** The yearly statistical report to the Bộ Nội vụ (R-REP-01). */
    STATISTICS("Chế độ báo cáo thống kê");

    private final String label;
}
