package vn.tdkt.contracts.plan;

import vn.tdkt.contracts.EventPayload;

/** Every event a unit's quarterly digest, keyed by the unit publishes. Keyed by {@code unitCode}. */
public sealed interface QuarterDigestEvent extends EventPayload
        permits QuarterOpened {

    String unitCode();

    @Override
    default String aggregateId() {
        return unitCode();
    }
}
