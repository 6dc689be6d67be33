package vn.tdkt.nomination.sla.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Whether a clock counts working days now. */
@RequiredArgsConstructor
@Getter
public enum ClockState {
    RUNNING("Đang tính"),
    PAUSED("Tạm dừng"),
    STOPPED("Đã dừng");

    private final String label;
}
