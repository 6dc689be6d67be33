package vn.tdkt.nomination.dossier.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Where a dossier stands in its life (see {@link Dossier}). */
@RequiredArgsConstructor
public enum DossierStatus {
    DRAFT("Dự thảo"),
    SUBMITTED("Đã gửi"),
    UNDER_APPRAISAL("Đang thẩm định"),
    RETURNED("Trả lại để bổ sung"),
    RECALLED("Đơn vị đã rút"),
    APPRAISED_ELIGIBLE("Đủ điều kiện"),
    APPRAISED_NOT_ELIGIBLE("Không đủ điều kiện");

    @Getter
    private final String label;

    /** Submitted and not withdrawn: it counts against quotas and blocks duplicates. */
    public boolean isProposed() {
        return this != DRAFT && this != RECALLED;
    }
}
