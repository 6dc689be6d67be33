package vn.tdkt.contracts.plan;

import vn.tdkt.contracts.EventPayload;

/** Every event an emulation movement (phong trào thi đua) publishes. Keyed by {@code movementId}. */
public sealed interface MovementEvent extends EventPayload
        permits MovementLaunched, MovementClosed {

    String movementId();

    @Override
    default String aggregateId() {
        return movementId();
    }
}
