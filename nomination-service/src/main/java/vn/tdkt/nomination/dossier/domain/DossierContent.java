package vn.tdkt.nomination.dossier.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What a unit writes in a dossier: subject, proposal, achievement and the awards it declares. */
public record DossierContent(Subject subject, Proposal proposal, Achievement achievement,
        List<DeclaredAward> declaredAwards) {

    public DossierContent {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(achievement, "achievement");
        declaredAwards = declaredAwards == null ? List.of() : List.copyOf(declaredAwards);
    }

    /** The fields that differ from {@code before}, as text, for a resubmission's history entry. */
    public List<FieldChange> changesSince(DossierContent before) {
        List<FieldChange> changes = new ArrayList<>();
        Subject s0 = before.subject();
        Subject s1 = subject;
        compare(changes, "subject.name", s0.name(), s1.name());
        compare(changes, "subject.unitCode", s0.unitCode(), s1.unitCode());
        compare(changes, "subject.dateOfBirth", s0.dateOfBirth(), s1.dateOfBirth());
        compare(changes, "subject.gender", s0.gender(), s1.gender());
        compare(changes, "subject.position", s0.position(), s1.position());
        compare(changes, "subject.nationalId", s0.nationalId(), s1.nationalId());
        compare(changes, "subject.members", s0.members(), s1.members());
        compare(changes, "subject.address", s0.address(), s1.address());
        compare(changes, "proposal.awardCode", before.proposal().awardCode(), proposal.awardCode());
        compare(changes, "proposal.year", before.proposal().year(), proposal.year());
        compare(changes, "proposal.movementId", before.proposal().movementId(), proposal.movementId());
        compare(changes, "achievement.summary", before.achievement().summary(), achievement.summary());
        compare(changes, "achievement.achievementId", before.achievement().achievementId(),
                achievement.achievementId());
        compare(changes, "achievement.periodFrom", before.achievement().periodFrom(), achievement.periodFrom());
        compare(changes, "achievement.periodTo", before.achievement().periodTo(), achievement.periodTo());
        compare(changes, "achievement.innovationIds", before.achievement().innovationIds(),
                achievement.innovationIds());
        compare(changes, "declaredAwards", before.declaredAwards(), declaredAwards);
        return changes;
    }

    private static void compare(List<FieldChange> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, text(before), text(after)));
        }
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
