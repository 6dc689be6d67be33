package vn.tdkt.contracts.plan;

import vn.tdkt.contracts.EventPayload;

/** Every event a plan (kế hoạch) publishes. Keyed by {@code planId}. */
public sealed interface PlanEvent extends EventPayload
        permits PlanPublished, PlanAmended {

    String planId();

    @Override
    default String aggregateId() {
        return planId();
    }
}
