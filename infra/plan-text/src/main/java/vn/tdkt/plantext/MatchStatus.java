package vn.tdkt.plantext;

/** How a written unit name was resolved. */
public enum MatchStatus {
    /** The written name equals the unit's code ("SNV"). */
    CODE,
    /** The written name equals the official name, ignoring case, diacritics and abbreviations. */
    NAME,
    /** The written name equals one of the unit's aliases. */
    ALIAS,
    /** Equal only after dropping a trailing "tỉnh" ("Sở Nội vụ tỉnh"). */
    RELAXED,
    /** Several units match; the officer must choose. */
    AMBIGUOUS,
    /** No unit matches; the name is kept as written. */
    UNRESOLVED;

    public boolean isResolved() {
        return this == CODE || this == NAME || this == ALIAS || this == RELAXED;
    }
}
