package vn.tdkt.plan.plan.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** DRAFT (editable) → PUBLISHED (immutable; amended by new versions) → CLOSED (year end). */
@RequiredArgsConstructor
public enum PlanStatus {
    DRAFT("Dự thảo"),
    PUBLISHED("Đã ban hành"),
    CLOSED("Đã kết thúc");

    @Getter
    private final String label;
}
