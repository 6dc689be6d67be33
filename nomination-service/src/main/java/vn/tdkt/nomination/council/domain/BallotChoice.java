package vn.tdkt.nomination.council.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** How a member votes on one agenda item. */
@RequiredArgsConstructor
@Getter
public enum BallotChoice {
    APPROVE("Đồng ý"),
    REJECT("Không đồng ý"),
    ABSTAIN("Không biểu quyết");

    private final String label;
}
