package vn.tdkt.nomination.catalogue.domain;

/** The law's two families a province handles: emulation titles and commendation forms (DOMAIN §1). */
public enum AwardKind {
    EMULATION_TITLE("Danh hiệu thi đua"),
    COMMENDATION("Hình thức khen thưởng");

    private final String label;

    AwardKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
