package vn.tdkt.nomination.revocation.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.tdkt.contracts.EventPayload;
import vn.tdkt.nomination.decision.domain.DecisionAct;
import vn.tdkt.nomination.register.domain.RevocationTrigger;
import vn.tdkt.nomination.vocabulary.domain.Repeats;
import vn.tdkt.platform.domain.Created;
import vn.tdkt.platform.domain.DomainException;

/**
 * A revocation (hủy bỏ quyết định khen thưởng, Luật Điều 93 k2): one award revoked for a trigger of points a–d, and,
 * once confirmed, every later award whose prerequisites relied on it (the cascade, each naming the award that caused
 * it), each by a decision of the level that had decided it, with the money and items to recover. The awards publish
 * {@code award-revoked}; {@code completedAt} marks that they and the audit-chain entry are written.
 */
public final class Revocation {

    private String id;
    private String rootAwardId;
    private RevocationTrigger trigger;
    private String reason;
    private List<Entry> entries = new ArrayList<>();
    private String recordedBy;
    private Instant recordedAt;
    private Instant completedAt;

    /**
     * One revoked award.
     *
     * @param act             the revoking decision of this award's deciding level
     * @param causedBy        for a cascade, the revoked award it relied on; {@code null} for the root
     * @param amountToRecover reward money to recover, in đồng
     * @param itemsToRecover  physical items to recover
     * @param failedRules     for a cascade, the criteria that fail without the awards revoked before it
     */
    public record Entry(String awardId, String subjectName, String unitCode, String awardCode, String awardName,
            int year, DecisionAct act, String causedBy, long amountToRecover, List<String> itemsToRecover,
            List<String> failedRules) {

        public Entry {
            Objects.requireNonNull(awardId, "awardId");
            Objects.requireNonNull(act, "act");
            itemsToRecover = itemsToRecover == null ? List.of() : List.copyOf(itemsToRecover);
            failedRules = failedRules == null ? List.of() : List.copyOf(failedRules);
        }
    }

    private Revocation() {
    }

    /** @param entries the root first, then the cascade in the order of its decisions */
    public static Created<Revocation, EventPayload> record(String id, RevocationTrigger trigger, String reason,
            List<Entry> entries, String by, Instant now) {
        if (trigger == null) {
            throw DomainException.invalid("revocation.trigger-required");
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("revocation.reason-required");
        }
        if (entries == null || entries.isEmpty()) {
            throw new IllegalArgumentException("a revocation revokes at least its root award");
        }
        Repeats.refuse(entries, Entry::awardId, award -> new IllegalArgumentException("award " + award
                + " revoked twice"));
        if (entries.get(0).causedBy() != null || entries.stream().skip(1).anyMatch(e -> e.causedBy() == null)) {
            throw new IllegalArgumentException("the root comes first and every cascaded award names its cause");
        }
        Revocation revocation = new Revocation();
        revocation.id = Objects.requireNonNull(id, "id");
        revocation.rootAwardId = entries.get(0).awardId();
        revocation.trigger = trigger;
        revocation.reason = reason.strip();
        revocation.entries = new ArrayList<>(entries);
        revocation.recordedBy = by;
        revocation.recordedAt = now;
        return new Created<>(revocation, List.of());
    }

    public void markCompleted(Instant now) {
        if (completedAt == null) {
            completedAt = now;
        }
    }

    public Entry root() {
        return entries.get(0);
    }

    public List<Entry> cascade() {
        return entries.subList(1, entries.size());
    }

    public long totalToRecover() {
        return entries.stream().mapToLong(Entry::amountToRecover).sum();
    }

    public String id() { return id; }
    public String rootAwardId() { return rootAwardId; }
    public RevocationTrigger trigger() { return trigger; }
    public String reason() { return reason; }
    public List<Entry> entries() { return List.copyOf(entries); }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
    public Instant completedAt() { return completedAt; }
}
