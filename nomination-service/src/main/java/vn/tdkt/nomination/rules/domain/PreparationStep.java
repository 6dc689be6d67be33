package vn.tdkt.nomination.rules.domain;

/**
 * The fact-preparation steps a PREPARATION rule switches on. The rule data says which steps a rule set applies (a
 * regime without R-GEN-04 counts thematic awards as prerequisites); {@link FactPreparation} implements them.
 */
public enum PreparationStep {
    /** R-GEN-06: years before the end of the last discipline period do not count. */
    DISCIPLINE_WINDOW,
    /** R-GEN-04: ad-hoc and thematic awards do not count as prerequisites of a công trạng proposal. */
    NON_PERIODIC_NOT_PREREQUISITE,
    /** R-GEN-02: an innovation already used for another award is not counted again (policy parameters). */
    INNOVATION_USED_ONCE,
    /** R-GEN-07: maternity leave counts as working time, not as leave. */
    MATERNITY_LEAVE_COUNTS,
    /** R-GEN-09: a woman leader needs 2/3 of the standard tenure unless a higher retirement age applies. */
    FEMALE_LEADER_TENURE,
    /** R-CH-02: tenure adds up across posts (short higher posts to the lower; concurrent once; reorganised to term end). */
    TENURE_AGGREGATION
}
