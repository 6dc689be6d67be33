package vn.tdkt.nomination.dossier.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Where a dossier stands in its life (see {@link Dossier}). */
@RequiredArgsConstructor
@Getter
public enum DossierStatus {
    DRAFT("Dự thảo"),
    SUBMITTED("Đã gửi"),
    UNDER_APPRAISAL("Đang thẩm định"),
    RETURNED("Trả lại để bổ sung"),
    RECALLED("Đơn vị đã rút"),
    APPRAISED_ELIGIBLE("Đủ điều kiện"),
    APPRAISED_NOT_ELIGIBLE("Không đủ điều kiện");

    private final String label;

    /** Submitted and not withdrawn: it counts against quotas and blocks duplicates. */
    public boolean isProposed() {
        return this != DRAFT && this != RECALLED;
    }
}
