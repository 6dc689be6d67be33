package vn.tdkt.archsample.good.order.domain;

import lombok.RequiredArgsConstructor;

/** An enum's Lombok constructor may take two Strings: its constants, the only callers, stand above the fields. */
@RequiredArgsConstructor
public enum Size {
    SMALL("Nhỏ", "Small"),
    LARGE("Lớn", "Large");

    private final String label;
    private final String labelEn;
}
