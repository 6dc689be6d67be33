package vn.tdkt.contracts.nomination;

import vn.tdkt.contracts.EventPayload;

/**
 * Every event an emulation and commendation council (Hội đồng TĐKT) itself publishes, as opposed to one of its
 * sessions ({@link CouncilSessionEvent}). Keyed by {@code councilId}.
 */
public sealed interface CouncilEvent extends EventPayload permits CouncilMeetingDue {

    String councilId();

    @Override
    default String aggregateId() {
        return councilId();
    }
}
