package vn.tdkt.notification.escalation.domain;

/** The rungs of the escalation chain. */
public enum EscalationStep {
    UNIT("Nhắc đơn vị"),
    HEAD("Báo cáo người đứng đầu đơn vị"),
    PARENT("Báo cáo cấp trên");

    private final String label;

    EscalationStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
