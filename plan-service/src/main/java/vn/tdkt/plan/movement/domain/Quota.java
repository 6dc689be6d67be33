package vn.tdkt.plan.movement.domain;

/** At most {@code max} proposals of award form {@code awardCode} from unit {@code unitCode} (R-DL-03). */
public record Quota(String unitCode, String awardCode, int max) {
}
