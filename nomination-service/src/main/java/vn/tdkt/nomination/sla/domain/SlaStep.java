package vn.tdkt.nomination.sla.domain;

/** A notice a clock gives once: close to its deadline, then past it. */
public enum SlaStep {
    DUE("Sắp đến hạn"),
    BREACHED("Quá hạn");

    private final String label;

    SlaStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
