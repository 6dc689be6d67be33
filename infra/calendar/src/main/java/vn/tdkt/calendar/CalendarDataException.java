package vn.tdkt.calendar;

import lombok.Getter;

/** Calendar data text that cannot be read; carries the 1-based line number when known (0 otherwise). */
public class CalendarDataException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    @Getter
    private final int lineNumber;

    public CalendarDataException(int lineNumber, String message) {
        super(lineNumber > 0 ? "line " + lineNumber + ": " + message : message);
        this.lineNumber = lineNumber;
    }

    public CalendarDataException(int lineNumber, String message, Throwable cause) {
        this(lineNumber, message);
        initCause(cause);
    }
}
