package vn.tdkt.nomination.facts.holds.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.tdkt.contracts.EventPayload;
import vn.tdkt.nomination.facts.domain.SubjectKey;
import vn.tdkt.nomination.rules.domain.DisciplineLevel;
import vn.tdkt.nomination.rules.domain.SubjectFacts;
import vn.tdkt.platform.domain.Created;
import vn.tdkt.platform.domain.DomainException;

/**
 * A concluded disciplinary measure against a subject, in force from {@code from} to {@code to}: after it, the
 * achievement period starts again (R-GEN-06); during a leadership tenure it bars a lifetime-contribution award
 * (R-CH-01). Recorded from the decision that imposed it, and not edited afterwards.
 */
public class Discipline {

    private String id;
    private SubjectKey subject;
    private DisciplineLevel level;
    private LocalDate from;
    private LocalDate to;
    private String decisionRef;
    private String reason;
    private String recordedBy;
    private Instant recordedAt;

    private Discipline() {
    }

    public static Created<Discipline, EventPayload> record(String id, SubjectKey subject, DisciplineLevel level,
            LocalDate from, LocalDate to, String decisionRef, String reason, String by, Instant at) {
        if (level == null) {
            throw DomainException.invalid("discipline.level-required");
        }
        if (from == null) {
            throw DomainException.invalid("discipline.from-required");
        }
        if (to != null && to.isBefore(from)) {
            throw DomainException.invalid("discipline.to-before-from", to, from);
        }
        if (decisionRef == null || decisionRef.isBlank()) {
            throw DomainException.invalid("discipline.decision-required");
        }
        Discipline discipline = new Discipline();
        discipline.id = Objects.requireNonNull(id, "id");
        discipline.subject = Objects.requireNonNull(subject, "subject");
        discipline.level = level;
        discipline.from = from;
        discipline.to = to;
        discipline.decisionRef = decisionRef.strip();
        discipline.reason = reason;
        discipline.recordedBy = by;
        discipline.recordedAt = at;
        return new Created<>(discipline, List.of());
    }

    public SubjectFacts.Discipline asFact() {
        return new SubjectFacts.Discipline(level, from, to);
    }

    public String id() {
        return id;
    }

    public SubjectKey subject() {
        return subject;
    }

    public DisciplineLevel level() {
        return level;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public String decisionRef() {
        return decisionRef;
    }

    public String reason() {
        return reason;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
