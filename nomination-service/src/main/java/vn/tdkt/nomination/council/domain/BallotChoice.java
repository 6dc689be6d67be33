package vn.tdkt.nomination.council.domain;

/** How a member votes on one agenda item. */
public enum BallotChoice {
    APPROVE("Đồng ý"),
    REJECT("Không đồng ý"),
    ABSTAIN("Không biểu quyết");

    private final String label;

    BallotChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
