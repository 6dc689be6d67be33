package vn.tdkt.plantext;

/** How often a duty stated in prose recurs. */
public enum Frequency {
    /** "hằng tháng", "hàng tháng", "mỗi tháng". */
    MONTHLY("Hằng tháng"),
    /** "hằng quý", "hàng quý", "mỗi quý". */
    QUARTERLY("Hằng quý"),
    /** "định kỳ 6 tháng", "6 tháng một lần". */
    SEMI_ANNUAL("Định kỳ 6 tháng"),
    /** "hằng năm", "hàng năm", "mỗi năm". */
    ANNUAL("Hằng năm"),
    /** "định kỳ báo cáo … theo quy định": a reporting duty whose rhythm is set elsewhere. */
    REPORT_OBLIGATION("Báo cáo định kỳ theo quy định");

    private final String label;

    Frequency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
