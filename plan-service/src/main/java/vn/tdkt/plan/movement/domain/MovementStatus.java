package vn.tdkt.plan.movement.domain;

/** DRAFT (being prepared) → LAUNCHED (phát động: units register and propose) → CLOSED (kết thúc). */
public enum MovementStatus {
    DRAFT("Dự thảo"),
    LAUNCHED("Đã phát động"),
    CLOSED("Đã kết thúc");

    private final String label;

    MovementStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
