package vn.tdkt.plan.plan.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Kind of plan. */
@RequiredArgsConstructor
@Getter
public enum PlanKind {
    ANNUAL("Kế hoạch công tác thi đua, khen thưởng năm"),
    IMPLEMENTING("Kế hoạch triển khai thực hiện"),
    THEMATIC("Kế hoạch thi đua chuyên đề");

    private final String label;
}
