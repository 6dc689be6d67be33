package vn.tdkt.nomination.catalogue.domain;

/**
 * Whether the candidate is published for public comment before submission or decision (R-PUB-01), and for how
 * many working days.
 */
public record PublicNotice(boolean required, Integer workingDays, String citation, String confidence) {

    public static final PublicNotice NONE = new PublicNotice(false, null, null, null);

    public PublicNotice {
        if (required && (workingDays == null || workingDays < 1)) {
            throw new IllegalArgumentException("a public notice needs a number of working days");
        }
    }
}
