package vn.tdkt.plantext;

/** What a group of appendix rows stands for. */
public enum GroupKind {
    /** "Nhiệm vụ thực hiện trong quý I". */
    QUARTER,
    /** "Nhiệm vụ thường xuyên trong năm 2025". */
    ONGOING,
    /** Anything else (phases of a thematic plan, fields of work…), or rows with no group. */
    OTHER
}
