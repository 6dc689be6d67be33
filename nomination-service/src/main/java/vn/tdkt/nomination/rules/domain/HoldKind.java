package vn.tdkt.nomination.rules.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import vn.tdkt.nomination.vocabulary.domain.Labelled;

/**
 * Why awarding or proposing is held for a subject (NĐ 152/2025 Điều 4 k4; DOMAIN §7.2).
 */
@RequiredArgsConstructor
@Getter
public enum HoldKind implements Labelled {
    DISCIPLINE_REVIEW("Đang xem xét kỷ luật", "Discipline under review"),
    INVESTIGATION("Đang điều tra, thanh tra, kiểm tra có dấu hiệu vi phạm", "Investigation or inspection with signs of violation"),
    COMPLAINT("Có đơn khiếu nại, tố cáo đang xác minh", "Complaint or denunciation being verified"),
    PRESS_REPORT("Báo chí phản ánh tham nhũng, tiêu cực đang xác minh", "Press report of corruption or misconduct being verified");

    private final String label;
    private final String labelEn;
}
