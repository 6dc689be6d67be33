package vn.tdkt.nomination.sla.domain;

/** Whether a clock counts working days now. */
public enum ClockState {
    RUNNING("Đang tính"),
    PAUSED("Tạm dừng"),
    STOPPED("Đã dừng");

    private final String label;

    ClockState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
