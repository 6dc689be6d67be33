package vn.tdkt.nomination.decision.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.tdkt.contracts.EventPayload;
import vn.tdkt.nomination.vocabulary.domain.Repeats;
import vn.tdkt.platform.domain.Created;
import vn.tdkt.platform.domain.DomainException;

/**
 * An award decision (quyết định khen thưởng) prepared by the Sở Nội vụ: the signed act (number and symbol, date,
 * signer, deciding authority) and its awardees, each an appraised-eligible dossier with its reward money.
 *
 * <pre>
 * issue ──▶ ISSUED                                       (the province's or a unit's own forms)
 * forward ──▶ FORWARDED ──central decision──▶ CENTRAL_DECIDED   (forms above the province: tờ trình to central)
 * </pre>
 *
 * The decision publishes nothing itself: each awardee becomes an award of the register, which publishes
 * {@code award-decided}. {@code registeredAt} marks that the awards and the audit-chain entry are written, so an
 * interrupted decision is completed later rather than lost.
 */
public final class Decision {

    /** More awardees than any provincial decision lists. */
    public static final int MAX_AWARDEES = 500;

    private String id;
    private DecisionStatus status;
    private DecisionAct act;
    private DecisionAct submission;
    private List<Awardee> awardees = new ArrayList<>();
    private List<String> declined = new ArrayList<>();
    private String preparedBy;
    private Instant preparedAt;
    private String centralRecordedBy;
    private Instant centralRecordedAt;
    private Instant registeredAt;

    private Decision() {
    }

    /** A decision of an authority of the province or of a unit: its awards take effect now. */
    public static Created<Decision, EventPayload> issue(String id, DecisionAct act, List<Awardee> awardees,
            String by, Instant now) {
        requireProvincial(act, "decision.central-through-forwarding");
        Decision decision = prepared(id, awardees, by, now);
        if (decision.awardees.stream().anyMatch(a -> a.money() == null)) {
            throw new IllegalArgumentException("every awardee of an issued decision has its money");
        }
        decision.status = DecisionStatus.ISSUED;
        decision.act = act;
        return new Created<>(decision, List.of());
    }

    /**
     * The province's tờ trình proposing forms above the province to the central level (chuyển Trung ương): the
     * awards wait for the central decision.
     */
    public static Created<Decision, EventPayload> forward(String id, DecisionAct submission, List<Awardee> awardees,
            String by, Instant now) {
        requireProvincial(submission, "decision.forwarding-by-province");
        Decision decision = prepared(id, awardees, by, now);
        decision.status = DecisionStatus.FORWARDED;
        decision.submission = submission;
        return new Created<>(decision, List.of());
    }

    /**
     * Refuses with {@code centralCode} an act a central authority signs: the province issues or forwards; the central
     * decision is recorded on a forwarded one ({@link #decideCentrally}).
     */
    private static void requireProvincial(DecisionAct act, String centralCode) {
        Objects.requireNonNull(act, "act");
        if (act.authority().central()) {
            throw DomainException.conflict(centralCode, act.authority().label());
        }
    }

    private static Decision prepared(String id, List<Awardee> awardees, String by, Instant now) {
        if (awardees == null || awardees.isEmpty()) {
            throw DomainException.invalid("decision.awardees-required");
        }
        if (awardees.size() > MAX_AWARDEES) {
            throw DomainException.invalid("decision.too-many-awardees", MAX_AWARDEES);
        }
        Repeats.refuse(awardees, Awardee::dossierId,
                dossier -> DomainException.invalid("decision.dossier-repeated", dossier));
        Decision decision = new Decision();
        decision.id = Objects.requireNonNull(id, "id");
        decision.awardees = new ArrayList<>(awardees);
        decision.preparedBy = by;
        decision.preparedAt = now;
        return decision;
    }

    /**
     * Records the central decision on a forwarded tờ trình: the awardees it grants (all but {@code declinedDossiers})
     * with their money as of its date.
     *
     * @param decided the granted awardees with money and prerequisites, by dossier id
     */
    public void decideCentrally(DecisionAct centralAct, Set<String> declinedDossiers, Map<String, Awardee> decided,
            String by, Instant now) {
        if (status != DecisionStatus.FORWARDED) {
            throw DomainException.conflict("decision.not-forwarded", id);
        }
        if (!centralAct.authority().central()) {
            throw DomainException.invalid("decision.central-authority-required", centralAct.authority().label());
        }
        if (centralAct.date().isBefore(submission.date())) {
            throw DomainException.invalid("decision.central-before-submission", centralAct.date(), submission.date());
        }
        for (String dossierId : declinedDossiers) {
            if (awardees.stream().noneMatch(a -> a.dossierId().equals(dossierId))) {
                throw DomainException.invalid("decision.declined-unknown", dossierId);
            }
        }
        List<Awardee> updated = new ArrayList<>();
        for (Awardee awardee : awardees) {
            if (declinedDossiers.contains(awardee.dossierId())) {
                updated.add(awardee);
            } else {
                Awardee granted = decided.get(awardee.dossierId());
                if (granted == null || granted.money() == null) {
                    throw new IllegalArgumentException("no money for granted dossier " + awardee.dossierId());
                }
                updated.add(granted);
            }
        }
        awardees = updated;
        declined = new ArrayList<>(declinedDossiers);
        act = centralAct;
        status = DecisionStatus.CENTRAL_DECIDED;
        centralRecordedBy = by;
        centralRecordedAt = now;
    }

    /** The awardees whose awards are decided: none while forwarded; all but the declined ones after. */
    public List<Awardee> granted() {
        if (status == DecisionStatus.FORWARDED) {
            return List.of();
        }
        return awardees.stream().filter(a -> !declined.contains(a.dossierId())).toList();
    }

    /** Its awards and its audit-chain entry are written. */
    public void markRegistered(Instant now) {
        if (registeredAt == null) {
            registeredAt = now;
        }
    }

    public boolean registered() {
        return registeredAt != null;
    }

    /** The deciding authority of a decided decision; of a forwarded one, the province that proposed it. */
    public DecisionAct signedAct() {
        return act != null ? act : submission;
    }

    public String id() { return id; }
    public DecisionStatus status() { return status; }
    public DecisionAct act() { return act; }
    public DecisionAct submission() { return submission; }
    public List<Awardee> awardees() { return List.copyOf(awardees); }
    public List<String> declined() { return List.copyOf(declined); }
    public String preparedBy() { return preparedBy; }
    public Instant preparedAt() { return preparedAt; }
    public String centralRecordedBy() { return centralRecordedBy; }
    public Instant centralRecordedAt() { return centralRecordedAt; }
    public Instant registeredAt() { return registeredAt; }
}
