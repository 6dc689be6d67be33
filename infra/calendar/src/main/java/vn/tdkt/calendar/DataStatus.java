package vn.tdkt.calendar;

/** How reliable a year's calendar data is. */
public enum DataStatus {

    /** Taken from the law and the Government's decisions for that year. */
    OFFICIAL("Chính thức"),
    /**
     * Computed from the Labour Code's rules (lunar dates, compensatory days) because no decision exists
     * yet; the swaps the Government usually adds are unknown, so deadlines in such years may shift.
     */
    PROJECTED("Dự kiến");

    private final String label;

    DataStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
