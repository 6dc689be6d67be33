package vn.tdkt.contracts.nomination;

import vn.tdkt.contracts.EventPayload;

/** Every event an entry of the award register publishes. Keyed by {@code awardId}. */
public sealed interface AwardEvent extends EventPayload
        permits AwardDecided, AwardRevoked {

    /** The award this event is about. */
    AwardRef award();

    @Override
    default String aggregateId() {
        return award().awardId();
    }
}
