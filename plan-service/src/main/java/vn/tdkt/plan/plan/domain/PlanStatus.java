package vn.tdkt.plan.plan.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** DRAFT (editable) → PUBLISHED (immutable; amended by new versions) → CLOSED (year end). */
@RequiredArgsConstructor
@Getter
public enum PlanStatus {
    DRAFT("Dự thảo"),
    PUBLISHED("Đã ban hành"),
    CLOSED("Đã kết thúc");

    private final String label;
}
