package vn.tdkt.nomination.dossier.domain;

/** The commands that move or change a dossier; named in the message of an illegal transition. */
public enum DossierAction {
    EDIT("sửa"),
    SUBMIT("gửi"),
    APPRAISE("thẩm định");

    private final String label;

    DossierAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
