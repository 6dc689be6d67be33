package vn.tdkt.nomination.rules.domain;

/** What a rule judges: the subject alone (what-if check and dossiers) or a real dossier. */
public enum RuleScope {
    SUBJECT("Đối tượng"),
    DOSSIER("Hồ sơ");

    private final String label;

    RuleScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
