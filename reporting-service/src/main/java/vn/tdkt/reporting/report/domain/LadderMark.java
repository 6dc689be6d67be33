package vn.tdkt.reporting.report.domain;

import java.time.LocalDate;

/** A ladder step handled for a duty: emitted or deliberately skipped, never handled twice. */
public record LadderMark(String key, boolean emitted, LocalDate reminderDate, LocalDate handledOn) {
}
