package vn.tdkt.nomination.catalogue.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * The families of awards (DOMAIN §1): emulation titles and commendation forms a province handles, and the state
 * honorary titles it proposes.
 */
@RequiredArgsConstructor
@Getter
public enum AwardKind {
    EMULATION_TITLE("Danh hiệu thi đua"),
    COMMENDATION("Hình thức khen thưởng"),
    /** Danh hiệu vinh dự nhà nước (Luật Điều 59): stripped or restored only by the State President (R-REV-02). */
    STATE_HONORARY_TITLE("Danh hiệu vinh dự nhà nước");

    private final String label;
}
