package vn.tdkt.plantext;

/** Numbering levels of a Vietnamese administrative document, outermost first. */
public enum SectionLevel {
    /** "I.", "II.", "PHẦN I". */
    PART,
    /** "1.", "2)". */
    CLAUSE,
    /** "1.1.", "2.3". */
    SUBCLAUSE,
    /** "a)", "b)", "đ)". */
    POINT;

    boolean isOutsideOf(SectionLevel other) {
        return ordinal() < other.ordinal();
    }
}
