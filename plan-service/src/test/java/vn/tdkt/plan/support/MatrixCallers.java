package vn.tdkt.plan.support;

import static vn.tdkt.platformtest.matrix.SecurityMatrix.noRole;
import static vn.tdkt.platformtest.matrix.SecurityMatrix.unitOfficer;

import vn.tdkt.platformtest.matrix.SecurityMatrix.Caller;

/**
 * The unit callers the service's security matrices share: an officer of SGDDT, the unit the fixtures belong to (it
 * leads the task, takes part in the movement and registers), an officer of PCHIENGLE, a unit with no part in them,
 * and a token of SGDDT without role.
 */
public final class MatrixCallers {

    public static final Caller OWN = unitOfficer("own unit", "SGDDT");
    public static final Caller OTHER = unitOfficer("other unit", "PCHIENGLE");
    public static final Caller NO_ROLE = noRole("SGDDT");

    private MatrixCallers() {
    }
}
