package vn.tdkt.nomination.sla.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * The working-day clocks a dossier runs on. The budgets are configuration ({@code tdkt.nomination.sla.*}); the
 * rules they implement are DOMAIN §10 R-SLA-01 and R-SLA-03 (QĐ 311/QĐ-BNV; NĐ 98/2023 Điều 32 k2).
 */
@RequiredArgsConstructor
@Getter
public enum ClockKind {
    /** Appraise within N working days of a complete dossier (R-SLA-03, default 20); pauses while returned. */
    APPRAISAL("Thời hạn thẩm định", "R-SLA-03"),
    /** Return an incomplete or ineligible dossier within N working days of receipt (R-SLA-01, default 5). */
    RETURN("Thời hạn trả hồ sơ chưa đủ điều kiện", "R-SLA-01");

    private final String label;
    private final String ruleId;
}
