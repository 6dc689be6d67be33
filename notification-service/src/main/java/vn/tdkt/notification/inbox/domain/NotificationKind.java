package vn.tdkt.notification.inbox.domain;

/** What an inbox entry (and its e-mail) is about. */
public enum NotificationKind {
    TASK_DUE("Sắp đến hạn"),
    TASK_OVERDUE("Quá hạn"),
    ESCALATION("Báo cáo người đứng đầu"),
    DOSSIER_APPRAISED("Kết quả thẩm định");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Escalations go to the head (người đứng đầu) of the unit rather than to its TĐKT officer. */
    public boolean addressedToHead() {
        return this == ESCALATION;
    }
}
