package vn.tdkt.platform.security;

/**
 * The role sets the platform's endpoints admit, as {@code @PreAuthorize} expressions named once for every service:
 * an endpoint names who may call it ({@code @PreAuthorize(Roles.SNV_OR_ADMIN)}), the kit decides that before the
 * request's body is read ({@link RolesBeforeBinding}) and lists it in the OpenAPI document ({@link EndpointRoles}).
 * Which unit's records a caller then sees or changes is for each service's application services, with
 * {@link UnitScope} for lists.
 */
public final class Roles {

    /**
     * Any valid token, with or without a role: reference data every caller needs (the unit directory, the
     * working-day calendar). Such an endpoint never answers 403.
     */
    public static final String ANY_TOKEN = "isAuthenticated()";

    /** Every role of the platform: what all may read, each as far as its unit lets it. */
    public static final String ANY = "hasAnyRole('UNIT_OFFICER','SNV_OFFICER','COUNCIL_MEMBER','LEADER','ADMIN')";

    /** Every role that reads the whole province: all but unit officers. */
    public static final String PROVINCE_READERS = "hasAnyRole('SNV_OFFICER','COUNCIL_MEMBER','LEADER','ADMIN')";

    /** Sở Nội vụ officers and administrators: who keep the registers, directories and templates. */
    public static final String SNV_OR_ADMIN = "hasAnyRole('SNV_OFFICER','ADMIN')";

    /** Sở Nội vụ officers: who appraise, organise movements and prepare decisions. */
    public static final String SNV_OFFICER = "hasRole('SNV_OFFICER')";

    /** Sở Nội vụ officers, province leaders and administrators: who oversee the fund and the audit chain. */
    public static final String SNV_LEADER_OR_ADMIN = "hasAnyRole('SNV_OFFICER','LEADER','ADMIN')";

    /** Unit officers: who act for their own unit only. */
    public static final String UNIT_OFFICER = "hasRole('UNIT_OFFICER')";

    /** Unit officers and Sở Nội vụ officers: who write plans, dossiers and reports. */
    public static final String UNIT_OR_SNV = "hasAnyRole('UNIT_OFFICER','SNV_OFFICER')";

    /** Unit officers, Sở Nội vụ officers and administrators: who manage a unit's councils, sheets and settings. */
    public static final String UNIT_SNV_OR_ADMIN = "hasAnyRole('UNIT_OFFICER','SNV_OFFICER','ADMIN')";

    /** Administrators: who publish law data, override the calendar and edit templates. */
    public static final String ADMIN = "hasRole('ADMIN')";

    private Roles() {
    }
}
