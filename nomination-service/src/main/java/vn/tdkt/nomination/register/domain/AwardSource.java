package vn.tdkt.nomination.register.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** How an award entered the register. */
@RequiredArgsConstructor
@Getter
public enum AwardSource {
    /** A decision recorded in this system (quyết định khen thưởng). */
    DECISION("Quyết định ghi nhận trong hệ thống"),
    /** A historical decision imported to seed the register (sổ khen thưởng cũ). */
    IMPORT("Quyết định trước đây, nhập từ sổ khen thưởng");

    private final String label;
}
