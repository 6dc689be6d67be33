package vn.tdkt.contracts.plan;

import vn.tdkt.contracts.EventPayload;

/** Every event an emulation cluster or block (cụm, khối thi đua) publishes. Keyed by {@code clusterId}. */
public sealed interface ClusterEvent extends EventPayload
        permits ClusterFormed {

    String clusterId();

    @Override
    default String aggregateId() {
        return clusterId();
    }
}
