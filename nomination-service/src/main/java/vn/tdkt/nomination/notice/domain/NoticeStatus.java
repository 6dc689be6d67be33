package vn.tdkt.nomination.notice.domain;

/** A public notice is open for comments during its window, then closed (by the scheduled scan, exactly once). */
public enum NoticeStatus {
    OPEN("Đang lấy ý kiến"),
    CLOSED("Đã kết thúc lấy ý kiến");

    private final String label;

    NoticeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
