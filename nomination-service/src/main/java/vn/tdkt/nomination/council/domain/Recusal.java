package vn.tdkt.nomination.council.domain;

import java.time.Instant;

/**
 * A member does not vote on an agenda item. Detected conflicts are recorded when the session is scheduled
 * ({@code automatic}); a recusal declared at the meeting is recorded by the secretary.
 */
public record Recusal(String memberId, String dossierId, ConflictReason reason, String detail, boolean automatic,
        String recordedBy, Instant recordedAt) {
}
