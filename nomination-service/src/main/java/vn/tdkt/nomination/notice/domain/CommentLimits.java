package vn.tdkt.nomination.notice.domain;

/** How long a comment's parts may be (characters, after NFC normalisation). */
public record CommentLimits(int textMaxLength, int nameMaxLength, int contactMaxLength) {
}
