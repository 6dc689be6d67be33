package vn.tdkt.nomination.dossier.domain;

import java.time.LocalDate;
import java.util.List;
import vn.tdkt.platform.domain.DomainException;

/**
 * The achievement the proposal rests on. One achievement supports at most one award (R-GEN-01, Luật TĐKT Điều 5
 * k2): {@code achievementId} names it (e.g. the number of the rating decision, or a unit's own reference) and the
 * period bounds it. {@code innovationIds} are the sáng kiến used as the basis; each may be used once (R-GEN-02).
 */
public record Achievement(String summary, String achievementId, LocalDate periodFrom, LocalDate periodTo,
        List<String> innovationIds) {

    public Achievement {
        if (summary == null || summary.isBlank()) {
            throw DomainException.invalid("dossier.achievement-required");
        }
        achievementId = achievementId == null || achievementId.isBlank() ? null : achievementId.strip();
        if (periodFrom != null && periodTo != null && periodTo.isBefore(periodFrom)) {
            throw DomainException.invalid("dossier.period-invalid", periodFrom, periodTo);
        }
        innovationIds = innovationIds == null ? List.of()
                : innovationIds.stream().filter(i -> i != null && !i.isBlank()).map(String::strip).distinct().toList();
    }
}
