package vn.tdkt.reporting.report.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** How a unit complied with one report duty, as of a day. */
@RequiredArgsConstructor
@Getter
public enum Compliance {
    ON_TIME("Đúng hạn"),
    LATE("Trễ hạn"),
    MISSING("Chưa nộp, đã quá hạn"),
    PENDING("Chưa đến hạn"),
    CANCELLED("Không còn phải nộp");

    private final String label;
}
