package vn.tdkt.plan.movement.domain;

/** How a movement is organised (DOMAIN §3.2). */
public enum MovementKind {
    REGULAR("Thường xuyên"),
    THEMATIC("Chuyên đề"),
    AD_HOC("Đột xuất"),
    FIVE_YEAR("5 năm");

    private final String label;

    MovementKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
