package vn.tdkt.reporting.metrics.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** A step of the TĐKT process whose lead time is measured (PRODUCT.md Part 4 item 12). */
@RequiredArgsConstructor
@Getter
public enum Step {
    SUBMITTED_TO_APPRAISED("Nộp hồ sơ → thẩm định xong", true),
    APPRAISED_TO_VOTED("Thẩm định → Hội đồng bỏ phiếu", true),
    VOTED_TO_DECIDED("Bỏ phiếu → quyết định khen thưởng", true),
    TASK_ASSIGNED_TO_DONE("Giao nhiệm vụ → hoàn thành", false);

    private final String label;

    /** A step of the dossier path (submitted → appraised → voted → decided), where bottlenecks are compared. */
    private final boolean dossierStep;
}
