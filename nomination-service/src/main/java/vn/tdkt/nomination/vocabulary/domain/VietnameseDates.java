package vn.tdkt.nomination.vocabulary.domain;

import java.time.format.DateTimeFormatter;

/** How Vietnamese documents, pages and explanations write a day. */
public final class VietnameseDates {

    /** {@code 05/02/2026}: day, month and year, the day and the month with two digits. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VietnameseDates() {
    }
}
