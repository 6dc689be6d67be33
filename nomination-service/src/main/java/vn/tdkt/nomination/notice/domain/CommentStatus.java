package vn.tdkt.nomination.notice.domain;

/** Where a citizen's comment stands in moderation. */
public enum CommentStatus {
    RECEIVED("Chưa xử lý"),
    RESOLVED("Đã xử lý"),
    /** Spam, abuse or off-topic: hidden from the record with the moderator's reason; it blocks nothing. */
    HIDDEN("Đã ẩn");

    private final String label;

    CommentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still needs an answer before the dossier may be decided (R-PUB-01). */
    public boolean unresolved() {
        return this == RECEIVED;
    }
}
