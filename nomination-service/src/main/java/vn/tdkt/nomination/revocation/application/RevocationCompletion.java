package vn.tdkt.nomination.revocation.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.tdkt.nomination.audit.application.AuditLog;
import vn.tdkt.nomination.register.application.RegisterService;
import vn.tdkt.nomination.register.domain.Revoking;
import vn.tdkt.nomination.revocation.domain.Revocation;
import vn.tdkt.nomination.revocation.persistence.RevocationStore;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.domain.Versioned;

/**
 * Writes what a recorded revocation brings about, each step repeatable: every award revoked in the register (by the
 * revocation's id, so a second time is a no-op; the award's outbox carries {@code award-revoked}), then the audit-chain
 * entry, then the mark. {@link #completeAbandoned} completes revocations whose writer stopped half-way and releases
 * claims whose revocation was never written ({@code RevocationJobs} runs it).
 */
@Component
public class RevocationCompletion {

    private static final Logger log = LoggerFactory.getLogger(RevocationCompletion.class);

    private final RevocationStore store;
    private final RegisterService register;
    private final AuditLog audit;
    private final Duration after;
    private final Clock clock;

    public RevocationCompletion(RevocationStore store, RegisterService register, AuditLog audit,
            @Value("${tdkt.nomination.revocation.completion-after:PT2M}") Duration after, Clock clock) {
        this.store = store;
        this.register = register;
        this.audit = audit;
        this.after = after;
        this.clock = clock;
    }

    public Versioned<Revocation> complete(String revocationId) {
        Revocation revocation = store.get(revocationId).value();
        Map<String, Revocation.Entry> byId = new LinkedHashMap<>();
        revocation.entries().forEach(e -> byId.put(e.awardId(), e));
        for (Revocation.Entry entry : revocation.entries()) {
            register.revoke(entry.awardId(), new Revoking(revocation.id(), entry.act().number(), entry.act().date(),
                    entry.act().authority(), entry.act().signedBy(), revocation.trigger(), reason(revocation, entry,
                    byId), entry.causedBy(), entry.amountToRecover(), entry.itemsToRecover()));
        }
        audit.append(AuditLog.REVOCATION, revocation.root().act().number(), revocation.id(), facts(revocation));
        return store.update(revocationId, VersionPrecondition.none(), r -> {
            r.markCompleted(clock.instant());
            return List.of();
        });
    }

    /** @return how many revocations were completed and abandoned claims released */
    public int completeAbandoned() {
        Instant before = clock.instant().minus(after);
        int done = 0;
        for (Revocation revocation : store.incomplete(before)) {
            complete(revocation.id());
            log.warn("Completed revocation {} whose awards were not all revoked", revocation.id());
            done++;
        }
        Map<String, List<String>> released = store.releaseAbandonedClaims(before);
        released.forEach((revocationId, awardIds) -> log.warn(
                "Released awards {} claimed by revocation {}, which was never written", awardIds, revocationId));
        return done + released.size();
    }

    /** The root's reason; a cascaded award's says which revoked award took its prerequisite away. */
    static String reason(Revocation revocation, Revocation.Entry entry, Map<String, Revocation.Entry> byId) {
        if (entry.causedBy() == null) {
            return revocation.reason();
        }
        Revocation.Entry cause = byId.get(entry.causedBy());
        String what = cause == null ? entry.causedBy() : cause.awardName() + " năm " + cause.year();
        return "Quyết định tặng " + what + " (điều kiện của khen thưởng này) đã bị hủy bỏ: " + revocation.reason();
    }

    static Map<String, Object> facts(Revocation revocation) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("revocationId", revocation.id());
        facts.put("trigger", revocation.trigger().name());
        facts.put("triggerCitation", revocation.trigger().citation());
        facts.put("reason", revocation.reason());
        facts.put("entries", revocation.entries().stream().map(e -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("awardId", e.awardId());
            item.put("subject", e.subjectName());
            item.put("awardCode", e.awardCode());
            item.put("year", e.year());
            item.put("decision", e.act().number() + " " + e.act().date() + " " + e.act().authority().name());
            item.put("causedBy", e.causedBy());
            item.put("amountToRecover", e.amountToRecover());
            item.put("itemsToRecover", e.itemsToRecover());
            return item;
        }).toList());
        facts.put("recordedBy", revocation.recordedBy());
        return facts;
    }
}
