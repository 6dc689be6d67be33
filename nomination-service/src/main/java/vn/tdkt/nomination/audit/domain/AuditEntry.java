package vn.tdkt.nomination.audit.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One link of the tamper-evident record: what happened ({@code kind}: a vote, a decision, a revocation), to what
 * ({@code subject}), the facts as canonical JSON, when, and the hash of the previous link, so that changing any stored
 * entry breaks every hash after it.
 *
 * @param sequence position in the chain, from 1
 * @param reference what the entry records, unique (e.g. the ballot id, the decision id): appending it again is a no-op
 */
public record AuditEntry(long sequence, String kind, String subject, String reference, String payload, Instant at,
                         String previousHash, String hash) {

    public AuditEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(at, "at");
    }

    /** The link after {@code previous} (null for the first), with its hash computed. */
    public static AuditEntry after(AuditEntry previous, String kind, String subject, String reference, String payload,
            Instant at) {
        long sequence = previous == null ? 1 : previous.sequence() + 1;
        String previousHash = previous == null ? AuditHash.GENESIS : previous.hash();
        return new AuditEntry(sequence, kind, subject, reference, payload, at, previousHash,
                AuditHash.of(sequence, kind, subject, reference, payload, at, previousHash));
    }

    /** Whether the stored hash is the hash of the stored content. */
    public boolean hashMatchesContent() {
        return AuditHash.of(sequence, kind, subject, reference, payload, at, previousHash).equals(hash);
    }
}
