package vn.tdkt.nomination.audit.domain;

/**
 * The result of checking the chain from its first entry: intact, or the first broken link and why.
 *
 * @param entries       how many entries were checked
 * @param firstBroken   the sequence of the first entry that does not hold, or null
 * @param reason        why it does not hold: {@code CONTENT_CHANGED} (its hash is not its content's),
 *                      {@code LINK_BROKEN} (it does not point to the previous entry's hash),
 *                      {@code GAP} (a sequence number is missing)
 */
public record ChainVerification(boolean intact, long entries, Long firstBroken, String reason) {

    public static ChainVerification verify(Iterable<AuditEntry> chain) {
        long expected = 1;
        String previousHash = AuditHash.GENESIS;
        long count = 0;
        for (AuditEntry entry : chain) {
            count++;
            if (entry.sequence() != expected) {
                return new ChainVerification(false, count, expected, "GAP");
            }
            if (!entry.hashMatchesContent()) {
                return new ChainVerification(false, count, entry.sequence(), "CONTENT_CHANGED");
            }
            if (!entry.previousHash().equals(previousHash)) {
                return new ChainVerification(false, count, entry.sequence(), "LINK_BROKEN");
            }
            previousHash = entry.hash();
            expected++;
        }
        return new ChainVerification(true, count, null, null);
    }
}
