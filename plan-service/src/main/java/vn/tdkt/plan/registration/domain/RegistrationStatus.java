package vn.tdkt.plan.registration.domain;

/** SUBMITTED → APPROVED, or SUBMITTED → RETURNED → (resubmitted) SUBMITTED → … */
public enum RegistrationStatus {
    SUBMITTED("Đã gửi đăng ký"),
    APPROVED("Đã duyệt"),
    RETURNED("Trả lại để hoàn thiện");

    private final String label;

    RegistrationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
