package vn.tdkt.nomination.facts.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.tdkt.nomination.catalogue.domain.CommendationType;
import vn.tdkt.nomination.facts.domain.SubjectRef;

/**
 * The awards the province's award register (sổ khen thưởng) holds about a subject, matched like every register: by
 * national ID, or by folded name, birth date and unit; a collective by its unit code. The register feature implements
 * it; the facts only read it, so prior awards come from the register rather than from what a dossier declares.
 */
public interface AwardHistory {

    /** Every award of the register about {@code subject}, active or revoked, in no particular order. */
    List<RecordedAward> awardsOf(SubjectRef subject);

    /**
     * One entry of the register.
     *
     * @param active       {@code false} once revoked (hủy bỏ): a revoked award never counts as a prior award
     * @param decisionDate the date of the decision that gave it
     * @param dossierId    the dossier it was decided from, or {@code null} (imported history)
     */
    record RecordedAward(String id, String awardCode, int year, CommendationType type, boolean active,
            LocalDate decisionDate, String dossierId) {

        public RecordedAward {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(awardCode, "awardCode");
            type = type == null ? CommendationType.PERIODIC : type;
        }
    }
}
