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

    private Roles() {
    }
}
