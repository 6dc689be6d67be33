package vn.tdkt.reporting.projection.messaging;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.tdkt.contracts.EventType;
import vn.tdkt.contracts.EventTypes;

/**
 * The event types of the catalogue that reporting-service deliberately does not project, each with the reason.
 * Everything else has a route in {@link ProjectionBindings}; a test fails when a type is in neither place.
 */
public final class IgnoredEventTypes {

    private static final String OWN = "reporting-service owns this aggregate and reads it directly (report duties, "
            + "score sheets); projecting its own topic would only copy it, so tdkt.reporting.events is not consumed";

    private static final Map<EventType, String> REASONS = new LinkedHashMap<>();

    static {
        // A digest of the tasks a unit has due in a quarter: every task it lists is already projected from its own
        // task-assigned / plan-published / reminder events, and the digest carries no fact of its own.
        REASONS.put(EventTypes.QUARTER_OPENED, "digest of tasks already projected from their own events");
        REASONS.put(EventTypes.REPORT_DUE, OWN);
        REASONS.put(EventTypes.REPORT_OVERDUE, OWN);
        REASONS.put(EventTypes.REPORT_SUBMITTED, OWN);
        REASONS.put(EventTypes.REPORT_RETURNED, OWN);
        REASONS.put(EventTypes.CLUSTER_SCORED, OWN);
        REASONS.put(EventTypes.CLUSTER_RANKED, OWN);
        // R-MEET-02: a reminder to convene the provincial council; the sessions themselves are projected from
        // council-session-scheduled and council-voted.
        REASONS.put(EventTypes.COUNCIL_MEETING_DUE, "a reminder to convene the council, with no fact of its own");
    }

    private IgnoredEventTypes() {
    }

    /** Each deliberately ignored type with why. */
    public static Map<EventType, String> reasons() {
        return Map.copyOf(REASONS);
    }
}
