package vn.tdkt.reporting.projection.persistence;

import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Read model of one plan task. Dates are ISO strings ({@code 2025-06-30}) so they sort and compare the same way
 * on every MongoDB and in every time zone.
 *
 * @param sourceSequences high-water mark per source aggregate ({@code plan:<planId>}, {@code task:<taskId>})
 * @param lastSequence    sequence of the last event applied to this row (whatever its source)
 */
@Document(TaskView.COLLECTION)
public record TaskView(
        @Id String taskId,
        String planId,
        String planCode,
        String planTitle,
        String content,
        String periodText,
        String leadUnit,
        List<String> coordinatingUnits,
        String dueDate,
        String state,
        Integer lastReminderOffset,
        Integer daysLeft,
        Integer daysLate,
        Boolean escalated,
        Map<String, Long> sourceSequences,
        Long lastSequence,
        String updatedAt) {

    public static final String COLLECTION = "task_views";
}
