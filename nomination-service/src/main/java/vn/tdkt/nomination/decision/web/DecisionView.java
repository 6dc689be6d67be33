package vn.tdkt.nomination.decision.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.decision.domain.Awardee;
import vn.tdkt.nomination.decision.domain.Decision;
import vn.tdkt.nomination.decision.domain.DecisionAct;
import vn.tdkt.nomination.register.web.AwardRecordView.MoneyView;

/** A decision (or a forwarded tờ trình) as the API shows it. */
public record DecisionView(String id, String status, String statusLabel, ActView decision, ActView submission,
        List<AwardeeView> awardees, List<String> declined, long totalAmount, String preparedBy, Instant preparedAt,
        Instant registeredAt, List<String> documents) {

    public record ActView(String number, LocalDate date, String signer, String signerTitle, String authority,
            String authorityLabel) {
        static ActView of(DecisionAct act) {
            return act == null ? null : new ActView(act.number(), act.date(), act.signer(), act.signerTitle(),
                    act.authority().name(), act.authority().label());
        }
    }

    /**
     * @param awardId the award of the register this awardee becomes (once decided)
     * @param money   {@code null} while the central level has not decided
     */
    public record AwardeeView(String dossierId, String awardId, String proposingUnit, SubjectType subjectType,
            String subjectName, String unitCode, String awardCode, String awardName, int year, MoneyView money,
            List<String> reliedOn) {
        static AwardeeView of(Awardee a) {
            return new AwardeeView(a.dossierId(), a.awardId(), a.unitCode(), a.subject().type(), a.subject().name(),
                    a.subject().unitCode(), a.awardCode(), a.awardName(), a.year(), MoneyView.of(a.money()),
                    a.reliedOn());
        }
    }

    static DecisionView of(Decision d) {
        long total = d.granted().stream().mapToLong(a -> a.money() == null ? 0 : a.money().amount()).sum();
        List<String> documents = d.submission() == null ? List.of()
                : List.of(DecisionController.BASE + "/" + d.id() + "/submission.pdf",
                        DecisionController.BASE + "/" + d.id() + "/submission.docx");
        return new DecisionView(d.id(), d.status().name(), d.status().label(), ActView.of(d.act()),
                ActView.of(d.submission()), d.awardees().stream().map(AwardeeView::of).toList(), d.declined(), total,
                d.preparedBy(), d.preparedAt(), d.registeredAt(), documents);
    }
}
