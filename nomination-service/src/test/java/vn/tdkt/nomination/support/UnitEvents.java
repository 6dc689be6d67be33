package vn.tdkt.nomination.support;

import java.util.List;
import vn.tdkt.contracts.plan.UnitProfile;
import vn.tdkt.contracts.plan.UnitRegistered;

/** Units of the registry as plan-service publishes them, for tests that feed the service's plan views. */
public final class UnitEvents {

    private UnitEvents() {
    }

    /** A department (sở) under the provincial People's Committee, with no head or contacts on record. */
    public static UnitRegistered department(String code, String name, String nameKey) {
        return new UnitRegistered(new UnitProfile(code, name, nameKey, "DEPARTMENT", List.of(), "UBND", null, null,
                null, null, null, null, null, null));
    }
}
