package vn.tdkt.nomination.batch.domain;

/** A proposal batch takes dossiers while OPEN; once every dossier in it is submitted it is SUBMITTED. */
public enum BatchStatus {
    OPEN("Đang lập"),
    SUBMITTED("Đã gửi");

    private final String label;

    BatchStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
