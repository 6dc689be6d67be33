package vn.tdkt.nomination.revocation.web;

import java.time.Instant;
import java.util.List;
import vn.tdkt.nomination.decision.domain.DecisionAct;
import vn.tdkt.nomination.register.domain.AwardRecord;
import vn.tdkt.nomination.revocation.application.RevocationService;
import vn.tdkt.nomination.revocation.domain.Revocation;

/** Revocations and their previews as the API shows them. */
public final class RevocationViews {

    private RevocationViews() {
    }

    public record AwardSummary(String awardId, String subjectName, String unitCode, String awardCode,
            String awardName, int year, String decisionNumber, String decidedBy, long amountPaid) {
        static AwardSummary of(AwardRecord a) {
            return new AwardSummary(a.id(), a.subject().name(), a.subject().unitCode(), a.awardCode(), a.awardName(),
                    a.year(), a.decision().number(), a.decision().authority().name(), a.amountPaid());
        }
    }

    public record RuleView(String ruleId, String citation, String explanation) {
    }

    public record RequiredView(String authority, String authorityLabel, String rule, String citation) {
    }

    public record CascadeView(AwardSummary award, String causedBy, List<RuleView> failedRules,
            RequiredView revokedBy) {
    }

    /** What revoking would do; confirm with {@code cascade[*].award.awardId} as {@code confirmedCascade}. */
    public record PreviewView(AwardSummary award, String trigger, String triggerLabel, String triggerCitation,
            RequiredView revokedBy, List<CascadeView> cascade, List<String> otherAuthoritiesNeeded,
            long totalToRecover) {
        static PreviewView of(RevocationService.Preview p) {
            return new PreviewView(AwardSummary.of(p.award()), p.trigger().name(), p.trigger().label(),
                    p.trigger().citation(), required(p.required()),
                    p.cascade().stream().map(c -> new CascadeView(AwardSummary.of(c.award()), c.causedBy(),
                            c.failedRules().stream().map(r -> new RuleView(r.ruleId(), r.citation(),
                                    r.explanation())).toList(), required(c.required()))).toList(),
                    p.authoritiesNeeded().stream().map(Enum::name).toList(), p.totalToRecover());
        }
    }

    static RequiredView required(vn.tdkt.nomination.revocation.domain.RevocationLaw.Required r) {
        return new RequiredView(r.authority().name(), r.authority().label(), r.rule(), r.citation());
    }

    public record ActView(String number, java.time.LocalDate date, String signer, String authority,
            String authorityLabel) {
        static ActView of(DecisionAct act) {
            return new ActView(act.number(), act.date(), act.signedBy(), act.authority().name(),
                    act.authority().label());
        }
    }

    public record EntryView(String awardId, String subjectName, String unitCode, String awardCode, String awardName,
            int year, ActView decision, String causedBy, long amountToRecover, List<String> itemsToRecover,
            List<String> failedRules) {
        static EntryView of(Revocation.Entry e) {
            return new EntryView(e.awardId(), e.subjectName(), e.unitCode(), e.awardCode(), e.awardName(), e.year(),
                    ActView.of(e.act()), e.causedBy(), e.amountToRecover(), e.itemsToRecover(), e.failedRules());
        }
    }

    public record RevocationView(String id, String trigger, String triggerLabel, String triggerCitation,
            String reason, EntryView award, List<EntryView> cascade, long totalToRecover, String recordedBy,
            Instant recordedAt, Instant completedAt) {
        static RevocationView of(Revocation r) {
            return new RevocationView(r.id(), r.trigger().name(), r.trigger().label(), r.trigger().citation(),
                    r.reason(), EntryView.of(r.root()), r.cascade().stream().map(EntryView::of).toList(),
                    r.totalToRecover(), r.recordedBy(), r.recordedAt(), r.completedAt());
        }
    }
}
