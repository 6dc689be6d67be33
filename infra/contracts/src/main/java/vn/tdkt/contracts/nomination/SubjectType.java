package vn.tdkt.contracts.nomination;

/** Who a dossier proposes for an award: a person, a collective (tập thể) or a household (hộ gia đình). */
public enum SubjectType {
    INDIVIDUAL("Cá nhân"),
    COLLECTIVE("Tập thể"),
    HOUSEHOLD("Hộ gia đình");

    private final String label;

    SubjectType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
