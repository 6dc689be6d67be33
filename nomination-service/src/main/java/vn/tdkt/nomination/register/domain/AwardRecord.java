package vn.tdkt.nomination.register.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.tdkt.contracts.nomination.AwardDecided;
import vn.tdkt.contracts.nomination.AwardEvent;
import vn.tdkt.contracts.nomination.AwardRef;
import vn.tdkt.contracts.nomination.AwardRevoked;
import vn.tdkt.nomination.catalogue.domain.CommendationType;
import vn.tdkt.platform.domain.Created;
import vn.tdkt.platform.domain.DomainException;

/**
 * One award of the province's award register (sổ khen thưởng): who received which title or form for which year, by
 * which decision, with what money, and the earlier awards of the register it relied on as prerequisites.
 *
 * <pre>
 * ACTIVE ──revoke──▶ REVOKED
 * </pre>
 *
 * A decision of this system enters it with {@code award-decided}; a historical decision imported to seed the
 * register enters it silently (nothing new happened). A revocation (hủy bỏ, Luật Điều 93 k2) publishes
 * {@code award-revoked}; from then on the award counts for no prerequisite and its certificate verifies as revoked.
 */
public final class AwardRecord {

    private String id;
    private RegisterSubject subject;
    private String awardCode;
    private String awardName;
    private int year;
    private CommendationType type;
    private DecisionRef decision;
    private String dossierId;
    private RewardMoney money;
    private AwardStatus status;
    private List<String> reliedOn = new ArrayList<>();
    private AwardSource source;
    private String importId;
    private String provenance;
    private String recordedBy;
    private Instant recordedAt;
    private Revoking revocation;
    private Instant revokedAt;

    private AwardRecord() {
    }

    /**
     * What a decision gives one awardee.
     *
     * @param reliedOn register awards without which a criterion the award passed would have failed
     */
    public record Decided(String id, RegisterSubject subject, String awardCode, String awardName, int year,
            CommendationType type, DecisionRef decision, String dossierId, RewardMoney money, List<String> reliedOn) {

        public Decided {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(awardCode, "awardCode");
            Objects.requireNonNull(awardName, "awardName");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(money, "money");
            type = type == null ? CommendationType.PERIODIC : type;
            reliedOn = reliedOn == null ? List.of() : List.copyOf(reliedOn);
        }
    }

    /** An award a decision of this system gives; publishes {@code award-decided} with its money. */
    public static Created<AwardRecord, AwardEvent> decided(Decided d, String verifyUrl, String by, Instant now) {
        AwardRecord award = base(d.id(), d.subject(), d.awardCode(), d.awardName(), d.year(), d.type(), d.decision(),
                by, now);
        award.dossierId = d.dossierId();
        award.money = d.money();
        award.reliedOn = new ArrayList<>(d.reliedOn());
        award.source = AwardSource.DECISION;
        AwardDecided event = new AwardDecided(award.ref(), award.decision.decisionId(), award.decision.number(), award.decision.date(),
                award.decision.authority().name(), award.money.amount(), award.money.coefficient().doubleValue(),
                award.money.baseSalary(), null, verifyUrl);
        return new Created<>(award, List.of(event));
    }

    /**
     * A historical award imported to seed the register: it publishes nothing (no one is to be notified of a decision
     * taken years ago).
     *
     * @param money      the money of the time, when the import gives it, else {@code null}
     * @param provenance where the record comes from (e.g. the register of a province merged in 2025)
     */
    public static AwardRecord imported(String id, RegisterSubject subject, String awardCode, String awardName,
            int year, CommendationType type, DecisionRef decision, RewardMoney money, String importId,
            String provenance, String by, Instant now) {
        AwardRecord award = base(id, subject, awardCode, awardName, year, type, decision, by, now);
        award.money = money;
        award.source = AwardSource.IMPORT;
        award.importId = importId;
        award.provenance = provenance;
        return award;
    }

    private static AwardRecord base(String id, RegisterSubject subject, String awardCode, String awardName, int year,
            CommendationType type, DecisionRef decision, String by, Instant now) {
        AwardRecord award = new AwardRecord();
        award.id = Objects.requireNonNull(id, "id");
        award.subject = Objects.requireNonNull(subject, "subject");
        award.awardCode = Objects.requireNonNull(awardCode, "awardCode");
        award.awardName = Objects.requireNonNull(awardName, "awardName");
        award.year = year;
        award.type = type == null ? CommendationType.PERIODIC : type;
        award.decision = Objects.requireNonNull(decision, "decision");
        award.status = AwardStatus.ACTIVE;
        award.recordedBy = by;
        award.recordedAt = now;
        return award;
    }

    /**
     * Revokes the award. Revoking it again by the same revocation changes nothing (a retried cascade); by another
     * one is a conflict, since it is revoked already.
     */
    public List<AwardEvent> revoke(Revoking revoking, Instant now) {
        if (status == AwardStatus.REVOKED) {
            if (revocation != null && revocation.revocationId().equals(revoking.revocationId())) {
                return List.of();
            }
            throw DomainException.conflict("register.award-already-revoked", id,
                    revocation == null ? "" : revocation.decisionNumber());
        }
        status = AwardStatus.REVOKED;
        revocation = revoking;
        revokedAt = now;
        return List.of(new AwardRevoked(ref(), revoking.revocationId(), revoking.decisionNumber(), revoking.decisionDate(),
                revoking.trigger().name(), revoking.reason(), revoking.causedBy(), revoking.amountToRecover()));
    }

    /** Which award, for whom: the header both of its events carry, built here once. */
    public AwardRef ref() {
        return new AwardRef(id, dossierId, subject.unitCode(), subject.type(), subject.name(), awardCode, awardName,
                year);
    }

    /** Money paid with the award that a revocation recovers (none when the register does not know it). */
    public long amountPaid() {
        return money == null ? 0 : money.amount();
    }

    public boolean active() {
        return status == AwardStatus.ACTIVE;
    }

    public String id() { return id; }
    public RegisterSubject subject() { return subject; }
    public String awardCode() { return awardCode; }
    public String awardName() { return awardName; }
    public int year() { return year; }
    public CommendationType type() { return type; }
    public DecisionRef decision() { return decision; }
    public String dossierId() { return dossierId; }
    public RewardMoney money() { return money; }
    public AwardStatus status() { return status; }
    public List<String> reliedOn() { return List.copyOf(reliedOn); }
    public AwardSource source() { return source; }
    public String importId() { return importId; }
    public String provenance() { return provenance; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
    public Revoking revocation() { return revocation; }
    public Instant revokedAt() { return revokedAt; }
}
