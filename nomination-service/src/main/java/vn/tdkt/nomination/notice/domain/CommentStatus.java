package vn.tdkt.nomination.notice.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Where a citizen's comment stands in moderation. */
@RequiredArgsConstructor
@Getter
public enum CommentStatus {
    RECEIVED("Chưa xử lý"),
    RESOLVED("Đã xử lý"),
    /** Spam, abuse or off-topic: hidden from the record with the moderator's reason; it blocks nothing. */
    HIDDEN("Đã ẩn");

    private final String label;

    /** Still needs an answer before the dossier may be decided (R-PUB-01). */
    public boolean unresolved() {
        return this == RECEIVED;
    }
}
