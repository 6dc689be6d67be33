package vn.tdkt.calendar;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** How reliable a year's calendar data is. */
@RequiredArgsConstructor
@Getter
public enum DataStatus {

    /** Taken from the law and the Government's decisions for that year. */
    OFFICIAL("Chính thức"),
    /**
     * Computed from the Labour Code's rules (lunar dates, compensatory days) because no decision exists
     * yet; the swaps the Government usually adds are unknown, so deadlines in such years may shift.
     */
    PROJECTED("Dự kiến");

    private final String label;
}
