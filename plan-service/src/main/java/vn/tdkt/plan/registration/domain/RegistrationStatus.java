package vn.tdkt.plan.registration.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** SUBMITTED → APPROVED, or SUBMITTED → RETURNED → (resubmitted) SUBMITTED → … */
@RequiredArgsConstructor
public enum RegistrationStatus {
    SUBMITTED("Đã gửi đăng ký"),
    APPROVED("Đã duyệt"),
    RETURNED("Trả lại để hoàn thiện");

    @Getter
    private final String label;
}
