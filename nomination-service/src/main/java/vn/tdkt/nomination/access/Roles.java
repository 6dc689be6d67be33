package vn.tdkt.nomination.access;

/**
 * The role expressions of this service's endpoints, for {@code @PreAuthorize}, written once. Which records a caller
 * then sees (a unit officer only the own unit's, another unit's answering 404) is for each feature's access rules.
 */
public final class Roles {

    /** Every role of the platform: unit officers, Sở Nội vụ officers, council members, leaders and administrators. */
    public static final String ANY = "hasAnyRole('UNIT_OFFICER','SNV_OFFICER','COUNCIL_MEMBER','LEADER','ADMIN')";

    /** Sở Nội vụ officers and administrators: who keeps the registers. */
    public static final String SNV_OR_ADMIN = "hasAnyRole('SNV_OFFICER','ADMIN')";

    /** Sở Nội vụ officers: who appraise dossiers and prepare decisions and revocations. */
    public static final String SNV_OFFICER = "hasRole('SNV_OFFICER')";

    /** Unit officers: who propose for their own unit. */
    public static final String UNIT_OFFICER = "hasRole('UNIT_OFFICER')";

    /** Unit officers and Sở Nội vụ officers: who edit dossiers and their documents. */
    public static final String UNIT_OR_SNV = "hasAnyRole('UNIT_OFFICER','SNV_OFFICER')";

    /** Unit officers, Sở Nội vụ officers and administrators: who manage councils. */
    public static final String UNIT_SNV_OR_ADMIN = "hasAnyRole('UNIT_OFFICER','SNV_OFFICER','ADMIN')";

    /** Sở Nội vụ officers, province leaders and administrators: who oversee the fund and the audit chain. */
    public static final String SNV_LEADER_OR_ADMIN = "hasAnyRole('SNV_OFFICER','LEADER','ADMIN')";

    /** Administrators: who publish law data. */
    public static final String ADMIN = "hasRole('ADMIN')";

    private Roles() {
    }
}
