package vn.tdkt.nomination.nomineeimport.domain;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.nomination.dossier.domain.Achievement;
import vn.tdkt.nomination.dossier.domain.Proposal;
import vn.tdkt.nomination.dossier.domain.Subject;

/**
 * What makes two proposals of one batch the same: the subject with the award and year, the achievement id, or an
 * innovation. A subject is its national ID when it has one, else its folded name, birth date and unit.
 */
public final class NomineeKeys {

    private NomineeKeys() {
    }

    /** The keys of one proposal; two proposals sharing any key are the same. */
    public static List<String> of(Subject subject, Proposal proposal, Achievement achievement) {
        List<String> keys = new ArrayList<>();
        String who = subject.nationalId() != null ? "id:" + subject.nationalId()
                : "name:" + subject.nameKey() + "|" + subject.dateOfBirth() + "|" + subject.unitCode();
        keys.add(who + "|" + proposal.awardCode() + "|" + proposal.year());
        if (achievement.achievementId() != null) {
            keys.add("achievement:" + achievement.achievementId());
        }
        achievement.innovationIds().forEach(innovation -> keys.add("innovation:" + innovation));
        return keys;
    }
}
