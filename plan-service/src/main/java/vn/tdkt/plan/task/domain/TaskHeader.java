package vn.tdkt.plan.task.domain;

import java.util.List;

/**
 * What every message about a task repeats: which task of which plan, what it is, who leads it and who coordinates.
 * Unpacked once, here, for the task's own events, its reminders and the quarter digests.
 */
public record TaskHeader(String taskId, String planId, String planCode, String content, String leadUnit,
                         List<String> coordinatingUnits) {

    public TaskHeader {
        coordinatingUnits = List.copyOf(coordinatingUnits);
    }

    /** LEAD for the lead unit, COORDINATING for the others. */
    public String roleOf(String unit) {
        return unit.equals(leadUnit) ? Task.ROLE_LEAD : Task.ROLE_COORDINATING;
    }
}
