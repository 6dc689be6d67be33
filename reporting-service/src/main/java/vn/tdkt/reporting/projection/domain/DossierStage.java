package vn.tdkt.reporting.projection.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Where a nomination dossier stands, derived from every event heard about it (the furthest fact wins). */
@RequiredArgsConstructor
@Getter
public enum DossierStage {
    SUBMITTED("Đã nộp, chờ thẩm định"),
    IN_APPRAISAL("Đang thẩm định"),
    RETURNED("Trả lại để bổ sung"),
    ELIGIBLE("Đủ điều kiện"),
    NOT_ELIGIBLE("Không đủ điều kiện"),
    VOTED("Hội đồng thông qua"),
    VOTE_FAILED("Không đạt tỷ lệ phiếu"),
    DECIDED("Đã có quyết định khen thưởng"),
    RECALLED("Đơn vị đã rút hồ sơ"),
    REVOKED("Khen thưởng đã bị hủy bỏ");

    private final String label;
}
