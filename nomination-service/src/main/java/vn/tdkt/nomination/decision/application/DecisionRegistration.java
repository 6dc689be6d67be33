package vn.tdkt.nomination.decision.application;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.tdkt.nomination.audit.application.AuditLog;
import vn.tdkt.nomination.certificate.application.CertificateCodes;
import vn.tdkt.nomination.decision.domain.Awardee;
import vn.tdkt.nomination.decision.domain.Decision;
import vn.tdkt.nomination.decision.domain.DecisionAct;
import vn.tdkt.nomination.decision.persistence.DecisionStore;
import vn.tdkt.nomination.register.application.RegisterService;
import vn.tdkt.nomination.register.domain.AwardRecord;
import vn.tdkt.nomination.register.domain.DecisionRef;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.domain.Versioned;
import lombok.RequiredArgsConstructor;

/**
 * Writes what a decided decision brings about, each step repeatable: every granted awardee's award in the register
 * (its id fixed in the decision, so a second write is a no-op; the award's outbox carries {@code award-decided}), then
 * the decision's entry in the audit chain (referenced by the decision id, so appended once), then the mark that all
 * is written. A writer that stops half-way is completed by {@link DecisionCompletion}.
 */
@Component
@RequiredArgsConstructor
public class DecisionRegistration {

    private final DecisionStore store;
    private final RegisterService register;
    private final AuditLog audit;
    private final CertificateCodes certificates;
    private final Clock clock;

    public Versioned<Decision> complete(String decisionId) {
        Decision decision = store.get(decisionId).value();
        DecisionAct act = decision.act();
        for (Awardee awardee : decision.granted()) {
            register.record(new AwardRecord.Decided(awardee.awardId(), awardee.subject(), awardee.awardCode(),
                    awardee.awardName(), awardee.year(), awardee.type(),
                    new DecisionRef(decision.id(), act.number(), act.date(), act.authority(), act.signedBy()),
                    awardee.dossierId(), awardee.money(), awardee.reliedOn()),
                    certificates.verifyUrl(awardee.awardId()), decision.preparedBy());
        }
        audit.append(AuditLog.DECISION, act.number(), decision.id(), facts(decision));
        return store.update(decisionId, VersionPrecondition.none(), d -> {
            d.markRegistered(clock.instant());
            return List.of();
        });
    }

    /** What the audit chain keeps of a decision: enough to see later that no award or amount was changed. */
    static Map<String, Object> facts(Decision decision) {
        DecisionAct act = decision.act();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("decisionId", decision.id());
        facts.put("status", decision.status().name());
        facts.put("number", act.number());
        facts.put("date", act.date().toString());
        facts.put("authority", act.authority().name());
        facts.put("signer", act.signedBy());
        if (decision.submission() != null) {
            facts.put("submission", decision.submission().number() + " " + decision.submission().date());
        }
        facts.put("awardees", decision.granted().stream().map(a -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("awardId", a.awardId());
            item.put("dossierId", a.dossierId());
            item.put("subject", a.subject().name());
            item.put("unitCode", a.subject().unitCode());
            item.put("awardCode", a.awardCode());
            item.put("year", a.year());
            item.put("amount", a.money().amount());
            item.put("coefficient", a.money().coefficient().toPlainString());
            item.put("baseSalary", a.money().baseSalary());
            item.put("reliedOn", a.reliedOn());
            return item;
        }).toList());
        facts.put("declined", decision.declined());
        facts.put("preparedBy", decision.preparedBy());
        return facts;
    }
}
