package vn.tdkt.nomination.decision.domain;

import java.util.List;
import java.util.Objects;
import vn.tdkt.nomination.catalogue.domain.CommendationType;
import vn.tdkt.nomination.register.domain.RegisterSubject;
import vn.tdkt.nomination.register.domain.RewardMoney;

/**
 * One awardee of a decision: the appraised dossier, the award register entry it becomes (its id fixed when the
 * decision is prepared, so recording it again is a no-op), the subject, the award, the money and the register awards
 * it relied on.
 *
 * @param money    {@code null} while a forwarded award waits for the central decision
 * @param reliedOn register awards without which a criterion the award passed would fail
 */
public record Awardee(String dossierId, String awardId, String unitCode, RegisterSubject subject, String awardCode,
        String awardName, int year, CommendationType type, RewardMoney money, List<String> reliedOn) {

    public Awardee {
        Objects.requireNonNull(dossierId, "dossierId");
        Objects.requireNonNull(awardId, "awardId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(awardCode, "awardCode");
        type = type == null ? CommendationType.PERIODIC : type;
        reliedOn = reliedOn == null ? List.of() : List.copyOf(reliedOn);
    }

    public Awardee decided(RewardMoney decidedMoney, List<String> decidedReliedOn) {
        return new Awardee(dossierId, awardId, unitCode, subject, awardCode, awardName, year, type, decidedMoney,
                decidedReliedOn);
    }
}
