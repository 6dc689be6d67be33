package vn.tdkt.reporting.report.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * One submission of a report: the file, the structured figures, and, if the Sở Nội vụ returned it, why.
 *
 * @param onTime       submitted by the deadline in force at the time (the due date, or the date set by a return)
 * @param resubmission made after a return
 * @param complete     every figure of the template was given
 */
public record Submission(String id, StoredFile file, Map<String, Long> figures, String submittedBy,
        Instant submittedAt, LocalDate deadline, boolean onTime, boolean resubmission, boolean complete,
        Status status, List<String> returnReasons, String returnedBy, Instant returnedAt, LocalDate resubmitBy) {

    @RequiredArgsConstructor
    public enum Status {
        SUBMITTED("Đã nộp"),
        RETURNED("Bị trả lại");

        @Getter
        private final String label;
    }

    public Submission {
        figures = figures == null ? Map.of() : Map.copyOf(figures);
        returnReasons = returnReasons == null ? List.of() : List.copyOf(returnReasons);
    }

    Submission returned(List<String> reasons, String by, Instant at, LocalDate newDeadline) {
        return new Submission(id, file, figures, submittedBy, submittedAt, deadline, onTime, resubmission, complete,
                Status.RETURNED, reasons, by, at, newDeadline);
    }
}
