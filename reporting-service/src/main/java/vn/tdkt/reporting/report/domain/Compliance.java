package vn.tdkt.reporting.report.domain;

/** How a unit complied with one report duty, as of a day. */
public enum Compliance {
    ON_TIME("Đúng hạn"),
    LATE("Trễ hạn"),
    MISSING("Chưa nộp, đã quá hạn"),
    PENDING("Chưa đến hạn"),
    CANCELLED("Không còn phải nộp");

    private final String label;

    Compliance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
