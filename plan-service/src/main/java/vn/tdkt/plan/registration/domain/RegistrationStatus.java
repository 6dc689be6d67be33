package vn.tdkt.plan.registration.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** SUBMITTED → APPROVED, or SUBMITTED → RETURNED → (resubmitted) SUBMITTED → … */
@RequiredArgsConstructor
@Getter
public enum RegistrationStatus {
    SUBMITTED("Đã gửi đăng ký"),
    APPROVED("Đã duyệt"),
    RETURNED("Trả lại để hoàn thiện");

    private final String label;
}
