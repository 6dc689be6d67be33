package vn.tdkt.reporting.scoring.domain;

/**
 * One fact behind an automatic score, pointing at the event that established it.
 *
 * @param eventType   the event's type name, e.g. {@code task-completed}
 * @param aggregateId the task, report duty or registration concerned
 * @param eventId     the CloudEvents id of that event where known (a report duty's own event is named by
 *                    {@code reference}, the submission id)
 * @param counted     whether this fact counts for the unit (done on time) or against it
 */
public record EvidenceLink(String eventType, String aggregateId, String eventId, String reference, String note,
        boolean counted) {
}
