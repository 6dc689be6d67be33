package vn.tdkt.plan.movement.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** How a movement is organised (DOMAIN §3.2). */
@RequiredArgsConstructor
@Getter
public enum MovementKind {
    REGULAR("Thường xuyên"),
    THEMATIC("Chuyên đề"),
    AD_HOC("Đột xuất"),
    FIVE_YEAR("5 năm");

    private final String label;
}
