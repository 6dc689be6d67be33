package vn.tdkt.nomination.dossier.domain;

import vn.tdkt.platform.domain.DomainException;

/**
 * The vote recorded in the review minutes (biên bản bình xét): approvals out of the council's total membership,
 * the denominator of R-VOTE-02 (NĐ 98/2023 Điều 30 k7).
 */
public record VoteResult(int approvals, int total) {

    public VoteResult {
        if (total < 1 || approvals < 0 || approvals > total) {
            throw DomainException.invalid("document.vote-invalid", approvals, total);
        }
    }
}
