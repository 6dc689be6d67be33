package vn.tdkt.plantext;

import java.time.LocalDate;

/** A task's due date (null for ongoing or unspecified periods) and how it was derived. */
public record DueDate(LocalDate date, DueDateBasis basis) {
}
