package vn.tdkt.contracts.plan;

import vn.tdkt.contracts.EventPayload;

/**
 * Every event a unit's digest of one quarter publishes. Keyed by {@code <unitCode>:Q<quarter>-<year>}
 * ({@code SGDDT:Q3-2025}): one digest aggregate per unit and quarter.
 */
public sealed interface QuarterDigestEvent extends EventPayload
        permits QuarterOpened {

    String unitCode();

    int year();

    int quarter();

    /** The digest's id: {@code SGDDT:Q3-2025}. */
    static String digestId(String unitCode, int year, int quarter) {
        return unitCode + ":Q" + quarter + "-" + year;
    }

    @Override
    default String aggregateId() {
        return digestId(unitCode(), year(), quarter());
    }
}
