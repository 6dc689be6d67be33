package vn.tdkt.contracts.plan;

import vn.tdkt.contracts.EventPayload;

/** Every event an org unit of the registry publishes. Keyed by {@code unitCode}. */
public sealed interface UnitEvent extends EventPayload
        permits UnitRegistered, UnitChanged {

    /** The unit's whole registry entry, as it stands after this event. */
    UnitProfile unit();

    @Override
    default String aggregateId() {
        return unit().unitCode();
    }
}
