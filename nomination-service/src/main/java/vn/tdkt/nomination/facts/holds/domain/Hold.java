package vn.tdkt.nomination.facts.holds.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.tdkt.contracts.EventPayload;
import vn.tdkt.nomination.facts.domain.SubjectKey;
import vn.tdkt.nomination.rules.domain.HoldKind;
import vn.tdkt.nomination.rules.domain.SubjectFacts;
import vn.tdkt.platform.domain.Created;
import vn.tdkt.platform.domain.DomainException;

/**
 * A reason to hold awarding a subject (NĐ 152/2025 Điều 4 k4; R-GEN-05): discipline under review, an investigation
 * with signs of violation, a complaint or denunciation, or a press report being verified. In force from
 * {@code since} to {@code until} (open when {@code null}) unless lifted earlier; lifting records who, when and why.
 */
public class Hold {

    /** Who lifted the hold, when, from which day, and why (e.g. the conclusion that found no violation). */
    public record Lift(String by, Instant at, LocalDate on, String reason) {
    }

    private String id;
    private SubjectKey subject;
    private HoldKind kind;
    private LocalDate since;
    private LocalDate until;
    private String reason;
    private String sourceDocument;
    private String recordedBy;
    private Instant recordedAt;
    private Lift lift;

    private Hold() {
    }

    public static Created<Hold, EventPayload> record(String id, SubjectKey subject, HoldKind kind, LocalDate since,
            LocalDate until, String reason, String sourceDocument, String by, Instant at) {
        if (kind == null) {
            throw DomainException.invalid("hold.kind-required");
        }
        if (since == null) {
            throw DomainException.invalid("hold.since-required");
        }
        if (until != null && until.isBefore(since)) {
            throw DomainException.invalid("hold.until-before-since", until, since);
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("hold.reason-required");
        }
        Hold hold = new Hold();
        hold.id = Objects.requireNonNull(id, "id");
        hold.subject = Objects.requireNonNull(subject, "subject");
        hold.kind = kind;
        hold.since = since;
        hold.until = until;
        hold.reason = reason.strip();
        hold.sourceDocument = sourceDocument;
        hold.recordedBy = by;
        hold.recordedAt = at;
        return new Created<>(hold, List.of());
    }

    /**
     * Lifts the hold from {@code on} (it no longer blocks from that day).
     *
     * @throws DomainException CONFLICT {@code hold.already-lifted}; INVALID {@code hold.lift-reason-required}
     */
    public List<EventPayload> lift(String by, Instant at, LocalDate on, String why) {
        if (lift != null) {
            throw DomainException.conflict("hold.already-lifted", id, lift.on());
        }
        if (why == null || why.isBlank()) {
            throw DomainException.invalid("hold.lift-reason-required");
        }
        lift = new Lift(by, at, on, why.strip());
        return List.of();
    }

    /** Whether the hold blocks on {@code date}. */
    public boolean activeOn(LocalDate date) {
        return asFact().activeOn(date);
    }

    /** The hold as the rules see it: a lifted hold ends the day before it was lifted. */
    public SubjectFacts.Hold asFact() {
        LocalDate end = until;
        if (lift != null) {
            LocalDate lastDay = lift.on().minusDays(1);
            end = end == null || lastDay.isBefore(end) ? lastDay : end;
        }
        return new SubjectFacts.Hold(kind, since, end);
    }

    public String id() {
        return id;
    }

    public SubjectKey subject() {
        return subject;
    }

    public HoldKind kind() {
        return kind;
    }

    public LocalDate since() {
        return since;
    }

    public LocalDate until() {
        return until;
    }

    public String reason() {
        return reason;
    }

    public String sourceDocument() {
        return sourceDocument;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Lift lifted() {
        return lift;
    }
}
