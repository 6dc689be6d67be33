package vn.tdkt.contracts.reporting;

import vn.tdkt.contracts.EventPayload;

/** Every event one unit's duty to submit one periodic report publishes. Keyed by {@code dutyId}. */
public sealed interface ReportDutyEvent extends EventPayload
        permits ReportDue, ReportOverdue, ReportSubmitted, ReportReturned {

    /** The report duty this event is about. */
    ReportDutyRef duty();

    default String dutyId() {
        return duty().dutyId();
    }

    @Override
    default String aggregateId() {
        return dutyId();
    }
}
