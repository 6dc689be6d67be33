package vn.tdkt.nomination.vocabulary.domain;

/**
 * A term of the law that carries its Vietnamese label, shown by default, and an English one for explanations asked
 * for in English. The service's enums implement it, so the two labels are kept and read the same way everywhere:
 * the enum holds them in two fields, {@code label} and {@code labelEn}, whose accessors {@code @Getter} writes.
 */
public interface Labelled {

    /** Vietnamese label. */
    String label();

    /** English label, for explanations asked for in English. */
    String labelEn();
}
