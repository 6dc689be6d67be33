package vn.tdkt.reporting.projection.application;

/**
 * Published (as a Spring application event) after an inbound event really changed a read model; redeliveries
 * and stale events publish nothing. The dashboard listens to push live updates.
 *
 * @param view        the read model that changed ({@code tasks}, {@code dossiers})
 * @param aggregateId the subject of the event that changed it
 */
public record ProjectionChanged(String view, String aggregateId) {
}
