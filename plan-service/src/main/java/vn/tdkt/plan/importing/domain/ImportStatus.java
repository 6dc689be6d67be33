package vn.tdkt.plan.importing.domain;

/** Lifecycle of an import preview: PREVIEW → CONFIRMED (a draft plan exists) or DISCARDED. */
public enum ImportStatus {
    PREVIEW("Bản xem trước"),
    CONFIRMED("Đã xác nhận, đã tạo dự thảo kế hoạch"),
    DISCARDED("Đã hủy");

    private final String label;

    ImportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
