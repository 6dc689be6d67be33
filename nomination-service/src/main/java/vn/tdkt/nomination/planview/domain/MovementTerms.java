package vn.tdkt.nomination.planview.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a launched movement (phong trào) sets for proposals: the award forms it offers, per-unit quotas (R-DL-03)
 * and the nomination window. Learned from {@code movement-launched} / {@code movement-closed}.
 */
public record MovementTerms(String id, String name, String kind, boolean closed, List<String> participants,
        List<String> awardForms, List<Quota> quotas, LocalDate nominationFrom, LocalDate nominationTo) {

    public record Quota(String unitCode, String awardCode, int max) {
    }

    public MovementTerms {
        participants = participants == null ? List.of() : List.copyOf(participants);
        awardForms = awardForms == null ? List.of() : List.copyOf(awardForms);
        quotas = quotas == null ? List.of() : List.copyOf(quotas);
    }

    public Optional<Integer> quota(String unitCode, String awardCode) {
        return quotas.stream().filter(q -> q.unitCode().equals(unitCode) && q.awardCode().equals(awardCode))
                .map(Quota::max).findFirst();
    }

    /** Whether {@code day} lies in the nomination window (both ends included) of a movement still open. */
    public boolean windowOpenOn(LocalDate day) {
        return !closed && nominationFrom != null && nominationTo != null
                && !day.isBefore(nominationFrom) && !day.isAfter(nominationTo);
    }

    public boolean offers(String awardCode) {
        return awardForms.contains(awardCode);
    }
}
