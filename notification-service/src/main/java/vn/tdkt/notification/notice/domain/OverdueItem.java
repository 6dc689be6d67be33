package vn.tdkt.notification.notice.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * Something a unit owes past its due date: a plan task (task-overdue) or a periodic report (report-overdue).
 *
 * @param id      the task id or the report duty id
 * @param title   the task's content or the report's title
 * @param context the plan code of a task, the period of a report (may be null)
 */
public record OverdueItem(Type type, String id, String unitCode, String title, String context, LocalDate dueDate,
        String sourceEventType) {

    @RequiredArgsConstructor
    public enum Type {
        TASK("Nhiệm vụ"),
        REPORT("Báo cáo");

        @Getter
        private final String label;

        /** The escalation case of the task or report duty {@code id}: one per item, whichever event names it. */
        public String caseId(String id) {
            return name().toLowerCase(Locale.ROOT) + ":" + id;
        }
    }

    public OverdueItem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(sourceEventType, "sourceEventType");
    }

    /** The escalation case of this item: one per task or report duty. */
    public String caseId() {
        return type.caseId(id);
    }

    public Reference reference() {
        return new Reference(type == Type.TASK ? Reference.Type.TASK : Reference.Type.REPORT_DUTY, id);
    }
}
