package vn.tdkt.contracts.nomination;

import vn.tdkt.contracts.EventPayload;

/** Every event a council session (phiên họp Hội đồng TĐKT) publishes. Keyed by {@code sessionId}. */
public sealed interface CouncilSessionEvent extends EventPayload
        permits CouncilSessionScheduled, CouncilVoted {

    String sessionId();

    @Override
    default String aggregateId() {
        return sessionId();
    }
}
