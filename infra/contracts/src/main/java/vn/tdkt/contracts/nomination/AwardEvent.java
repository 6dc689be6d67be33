package vn.tdkt.contracts.nomination;

import vn.tdkt.contracts.EventPayload;

/** Every event an entry of the award register publishes. Keyed by {@code awardId}. */
public sealed interface AwardEvent extends EventPayload
        permits AwardDecided, AwardRevoked {

    String awardId();

    @Override
    default String aggregateId() {
        return awardId();
    }
}
