package vn.tdkt.nomination.decision.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Where a decision stands. */
@RequiredArgsConstructor
@Getter
public enum DecisionStatus {
    /** Signed by an authority of the province or a unit; its awards are in the register. */
    ISSUED("Đã ban hành"),
    /** Forms above the province: the province's tờ trình went to the central level, which has not decided yet. */
    FORWARDED("Đã trình Trung ương"),
    /** The central decision (Thủ tướng, Chủ tịch nước) on a forwarded tờ trình is recorded. */
    CENTRAL_DECIDED("Trung ương đã quyết định");

    private final String label;
}
