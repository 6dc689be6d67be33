package vn.tdkt.nomination.support;

import static vn.tdkt.platformtest.matrix.SecurityMatrix.ADMIN;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.ANONYMOUS;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.COUNCIL_MEMBER;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.LEADER;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.SNV;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.columns;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.noRole;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.unitOfficer;

import vn.tdkt.platformtest.matrix.SecurityMatrix.Caller;
import vn.tdkt.platformtest.matrix.SecurityMatrix.Columns;

/**
 * The callers of the service's security matrix and the column order of every block's table: the own unit's officer
 * ({@value NominationApiTest#OWN}), another unit's officer, a token without role, no token, and the province-wide
 * roles.
 */
public final class MatrixCallers {

    public static final Caller OWN_UNIT_OFFICER = unitOfficer("own unit officer", NominationApiTest.OWN);
    public static final Caller OTHER_UNIT_OFFICER = unitOfficer("other unit officer", NominationApiTest.OTHER);
    public static final Caller NO_ROLE = noRole(NominationApiTest.OWN);

    /** OWN  OTHER  NO_ROLE  ANON  SNV  LEADER  COUNCIL  ADMIN. */
    public static final Columns COLUMNS = columns(OWN_UNIT_OFFICER, OTHER_UNIT_OFFICER, NO_ROLE, ANONYMOUS, SNV,
            LEADER, COUNCIL_MEMBER, ADMIN);

    private MatrixCallers() {
    }
}
