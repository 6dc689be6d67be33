package vn.tdkt.notification.notice.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one event means for notification: the notices it calls for, and the units it concerns. A unit's own
 * webhook subscriptions receive the event when the unit is concerned, even when no notice goes to it (a task's
 * completion concerns its lead unit).
 */
public record EventNotices(List<Notice> notices, Set<String> concernedUnits) {

    public EventNotices {
        notices = List.copyOf(notices);
        Set<String> units = new LinkedHashSet<>();
        for (String unit : concernedUnits) {
            if (unit != null && !unit.isBlank()) {
                units.add(unit);
            }
        }
        concernedUnits = Set.copyOf(units);
    }

    public static EventNotices of(List<Notice> notices) {
        Set<String> units = new LinkedHashSet<>();
        for (Notice notice : notices) {
            if (notice.recipient().unitCode() != null) {
                units.add(notice.recipient().unitCode());
            }
        }
        return new EventNotices(notices, units);
    }

    public static EventNotices none(Set<String> concernedUnits) {
        return new EventNotices(List.of(), concernedUnits);
    }

    public EventNotices concerning(String unit) {
        Set<String> units = new LinkedHashSet<>(concernedUnits);
        units.add(Objects.requireNonNull(unit));
        return new EventNotices(notices, units);
    }
}
