package vn.tdkt.nomination.catalogue.domain;

import java.math.BigDecimal;

/**
 * Whether the emulation and commendation council must vote on the award (R-VOTE-01) and the share of its total
 * membership, absent members' written votes included, that must approve (R-VOTE-02).
 *
 * @param threshold  e.g. 0.90; {@code null} when no vote is required
 * @param citation   where the requirement comes from
 * @param confidence DOMAIN §0.1 tag of that source
 */
public record VoteRequirement(boolean required, BigDecimal threshold, String citation, String confidence) {

    public static final VoteRequirement NONE = new VoteRequirement(false, null, null, null);

    public VoteRequirement {
        if (required && (threshold == null || threshold.signum() <= 0 || threshold.compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException("a required vote needs a threshold in (0, 1]");
        }
    }
}
