package vn.tdkt.nomination.council.domain;

/**
 * Where a council session stands.
 *
 * <pre>
 * SCHEDULED ──open ballot (quorum met)──▶ BALLOT_OPEN ──close ballot──▶ CLOSED
 *     └──cancel──▶ CANCELLED
 * </pre>
 */
public enum SessionStatus {
    SCHEDULED("Đã triệu tập"),
    BALLOT_OPEN("Đang bỏ phiếu"),
    CLOSED("Đã kết thúc bỏ phiếu"),
    CANCELLED("Đã hủy");

    private final String label;

    SessionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
