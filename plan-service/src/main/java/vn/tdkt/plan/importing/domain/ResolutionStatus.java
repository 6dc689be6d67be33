package vn.tdkt.plan.importing.domain;

/** Whether a unit name written in the plan was found in the unit registry. */
public enum ResolutionStatus {
    RESOLVED("Đã xác định đơn vị"),
    UNRESOLVED("Chưa có trong danh mục đơn vị"),
    AMBIGUOUS("Khớp nhiều đơn vị, cần chọn");

    private final String label;

    ResolutionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
