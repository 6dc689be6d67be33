package vn.tdkt.nomination.council.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * Where a council session stands.
 *
 * <pre>
 * SCHEDULED ──open ballot (quorum met)──▶ BALLOT_OPEN ──close ballot──▶ CLOSED
 *     └──cancel──▶ CANCELLED
 * </pre>
 */
@RequiredArgsConstructor
@Getter
public enum SessionStatus {
    SCHEDULED("Đã triệu tập"),
    BALLOT_OPEN("Đang bỏ phiếu"),
    CLOSED("Đã kết thúc bỏ phiếu"),
    CANCELLED("Đã hủy");

    private final String label;
}
