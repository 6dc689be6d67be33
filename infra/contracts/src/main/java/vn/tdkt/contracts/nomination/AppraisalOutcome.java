package vn.tdkt.contracts.nomination;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Result of an appraisal (thẩm định). */
@RequiredArgsConstructor
@Getter
public enum AppraisalOutcome {
    ELIGIBLE("Đủ điều kiện"),
    NOT_ELIGIBLE("Không đủ điều kiện");

    private final String label;
}
