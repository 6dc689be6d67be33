package vn.tdkt.notification.notice.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * What a notice is about. Each kind has a template per language (ids {@code <KIND>.vi}, {@code <KIND>.en}); which
 * kinds are urgent (bypass quiet hours and the daily digest) and which are merged when repeated is configuration
 * ({@code tdkt.notification.urgent-kinds}, {@code tdkt.notification.merge.kinds}).
 */
@RequiredArgsConstructor
@Getter
public enum NoticeKind {
    QUARTER_DIGEST("Nhiệm vụ trong quý"),
    TASK_ASSIGNED("Nhiệm vụ được giao"),
    TASK_DUE("Nhiệm vụ sắp đến hạn"),
    TASK_OVERDUE("Nhiệm vụ quá hạn"),
    TASK_CANCELLED("Nhiệm vụ bị hủy"),
    ESCALATION_HEAD("Báo cáo người đứng đầu"),
    ESCALATION_PARENT("Báo cáo cấp trên"),
    MOVEMENT_LAUNCHED("Phát động phong trào thi đua"),
    REGISTRATION_APPROVED("Đăng ký thi đua được duyệt"),
    REGISTRATION_RETURNED("Đăng ký thi đua bị trả lại"),
    DOSSIER_RETURNED("Hồ sơ bị trả lại để bổ sung"),
    DOSSIER_APPRAISED("Kết quả thẩm định hồ sơ"),
    DOSSIER_RECALLED("Hồ sơ được đơn vị rút lại"),
    DOSSIER_SLA_DUE("Hồ sơ sắp đến hạn xử lý"),
    DOSSIER_SLA_BREACHED("Hồ sơ quá hạn xử lý"),
    COUNCIL_INVITATION("Giấy mời họp Hội đồng Thi đua - Khen thưởng"),
    AWARD_DECIDED("Quyết định khen thưởng"),
    AWARD_REVOKED("Quyết định hủy bỏ khen thưởng"),
    REPORT_DUE("Báo cáo sắp đến hạn"),
    REPORT_OVERDUE("Báo cáo quá hạn"),
    REPORT_RETURNED("Báo cáo bị trả lại"),
    WEBHOOK_DISABLED("Webhook bị tạm dừng"),
    DAILY_DIGEST("Bản tin tổng hợp hằng ngày"),
    COUNCIL_MEETING_DUE("Nhắc họp định kỳ Hội đồng Thi đua - Khen thưởng");

    private final String label;
}
