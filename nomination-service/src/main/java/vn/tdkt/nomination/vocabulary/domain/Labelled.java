package vn.tdkt.nomination.vocabulary.domain;

/**
 * A term of the law that carries its Vietnamese label, shown by default, and an English one for explanations asked
 * for in English. The service's enums implement it, so the two labels are kept and read the same way everywhere.
 */
public interface Labelled {

    /** Both labels of the term. */
    Labels labels();

    /** Vietnamese label. */
    default String label() {
        return labels().vietnamese();
    }

    /** English label, for explanations asked for in English. */
    default String labelEn() {
        return labels().english();
    }

    /** A Vietnamese label and its English counterpart. */
    record Labels(String vietnamese, String english) {
    }
}
