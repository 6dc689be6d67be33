package vn.tdkt.plan.movement.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** DRAFT (being prepared) → LAUNCHED (phát động: units register and propose) → CLOSED (kết thúc). */
@RequiredArgsConstructor
@Getter
public enum MovementStatus {
    DRAFT("Dự thảo"),
    LAUNCHED("Đã phát động"),
    CLOSED("Đã kết thúc");

    private final String label;
}
