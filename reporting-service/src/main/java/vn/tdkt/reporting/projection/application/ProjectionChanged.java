package vn.tdkt.reporting.projection.application;

/**
 * Published (as a Spring application event) after a read model really changed; redeliveries and stale events
 * publish nothing. The dashboard listens to refresh its figures and push a live update. The service's own aggregates
 * (report duties, score sheets) publish it too after a save.
 *
 * @param view        the read model that changed ({@code tasks}, {@code dossiers}, {@code report-duties}, ...)
 * @param aggregateId the subject of the event (or the aggregate) that changed it
 */
public record ProjectionChanged(String view, String aggregateId) {
}
