package vn.tdkt.notification.escalation.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** The rungs of the escalation chain. */
@RequiredArgsConstructor
@Getter
public enum EscalationStep {
    UNIT("Nhắc đơn vị"),
    HEAD("Báo cáo người đứng đầu đơn vị"),
    PARENT("Báo cáo cấp trên");

    private final String label;
}
