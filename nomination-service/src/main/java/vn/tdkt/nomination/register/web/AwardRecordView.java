package vn.tdkt.nomination.register.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.register.domain.AwardRecord;
import vn.tdkt.nomination.register.domain.DecisionRef;
import vn.tdkt.nomination.register.domain.RegisterSubject;
import vn.tdkt.nomination.register.domain.Revoking;
import vn.tdkt.nomination.register.domain.RewardMoney;

/** One award of the register as the API shows it, with its money and where the money comes from. */
public record AwardRecordView(String id, SubjectView subject, String awardCode, String awardName, int year,
        String type, String typeLabel, DecisionView decision, String dossierId, MoneyView money, String status,
        String statusLabel, List<String> reliedOn, String source, String sourceLabel, String provenance,
        String recordedBy, Instant recordedAt, RevocationView revocation, String certificate) {

    public record SubjectView(SubjectType type, String name, String nationalId, LocalDate birthDate, String unitCode,
            String address) {
        static SubjectView of(RegisterSubject s) {
            return new SubjectView(s.type(), s.name(), s.nationalId(), s.birthDate(), s.unitCode(), s.address());
        }
    }

    public record DecisionView(String decisionId, String number, LocalDate date, String authority,
            String authorityLabel, String signer) {
        static DecisionView of(DecisionRef d) {
            return new DecisionView(d.decisionId(), d.number(), d.date(), d.authority().name(),
                    d.authority().label(), d.signer());
        }
    }

    /**
     * @param source how the amount was reached, in words: "hệ số 1,5 × mức lương cơ sở 2.340.000 đ"
     */
    public record MoneyView(long amount, BigDecimal coefficient, String coefficientCitation, long baseSalary,
            LocalDate baseSalaryFrom, String baseSalaryCitation, String catalogueVersion, String source) {
        public static MoneyView of(RewardMoney m) {
            return m == null ? null : new MoneyView(m.amount(), m.coefficient(), m.coefficientCitation(),
                    m.baseSalary(), m.baseSalaryFrom(), m.baseSalaryCitation(), m.catalogueVersion(),
                    MoneyText.source(m));
        }
    }

    public record RevocationView(String revocationId, String decisionNumber, LocalDate decisionDate,
            String authority, String trigger, String triggerLabel, String triggerCitation, String reason,
            String causedBy, long amountToRecover, List<String> itemsToRecover) {
        static RevocationView of(Revoking r) {
            return r == null ? null : new RevocationView(r.revocationId(), r.decisionNumber(), r.decisionDate(),
                    r.authority().name(), r.trigger().name(), r.trigger().label(), r.trigger().citation(), r.reason(),
                    r.causedBy(), r.amountToRecover(), r.itemsToRecover());
        }
    }

    public static AwardRecordView of(AwardRecord a) {
        return new AwardRecordView(a.id(), SubjectView.of(a.subject()), a.awardCode(), a.awardName(), a.year(),
                a.type().name(), a.type().label(), DecisionView.of(a.decision()), a.dossierId(),
                MoneyView.of(a.money()), a.status().name(), a.status().label(), a.reliedOn(), a.source().name(),
                a.source().label(), a.provenance(), a.recordedBy(), a.recordedAt(), RevocationView.of(a.revocation()),
                AwardRegisterController.BASE + "/" + a.id() + "/certificate.pdf");
    }
}
