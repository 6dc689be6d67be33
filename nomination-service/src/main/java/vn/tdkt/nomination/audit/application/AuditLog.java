package vn.tdkt.nomination.audit.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.tdkt.nomination.audit.domain.AuditEntry;
import vn.tdkt.nomination.audit.domain.ChainVerification;
import vn.tdkt.nomination.audit.persistence.AuditChainStore;
import lombok.RequiredArgsConstructor;

/**
 * The tamper-evident record of votes, decisions and revocations (PRODUCT Part 4 item 9). A feature appends a fact
 * after it has saved it; the fact's own id is the entry's reference, so appending again (a retry) changes nothing.
 * Concurrent appends race for the next position and the loser retries on top of the winner.
 */
@Service
@RequiredArgsConstructor
public class AuditLog {

    /** Kinds of entry. */
    public static final String BALLOT = "BALLOT";
    public static final String COUNCIL_TALLY = "COUNCIL_TALLY";
    public static final String DECISION = "DECISION";
    public static final String REVOCATION = "REVOCATION";

    private static final int ATTEMPTS = 20;
    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private final AuditChainStore store;
    private final Clock clock;

    /**
     * Appends one fact. {@code facts} becomes canonical JSON (keys sorted), so the same facts always hash the same.
     *
     * @return the entry holding the fact (the earlier one if it was recorded already)
     */
    public AuditEntry append(String kind, String subject, String reference, Map<String, ?> facts) {
        String payload = CANONICAL.writeValueAsString(facts);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<AuditEntry> recorded = store.byReference(reference);
            if (recorded.isPresent()) {
                return recorded.get();
            }
            // millisecond precision: what MongoDB stores, so the hash computed now is the hash read back later
            Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            AuditEntry entry = AuditEntry.after(store.last().orElse(null), kind, subject, reference, payload, at);
            if (store.insert(entry)) {
                return entry;
            }
        }
        throw new IllegalStateException("Could not append " + reference + " to the audit chain after " + ATTEMPTS
                + " attempts");
    }

    public ChainVerification verify() {
        return ChainVerification.verify(store.all());
    }

    public List<AuditEntry> page(long fromSequence, int size) {
        return store.page(fromSequence, size);
    }

    public long size() {
        return store.count();
    }
}
