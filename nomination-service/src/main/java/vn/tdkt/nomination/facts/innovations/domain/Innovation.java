package vn.tdkt.nomination.facts.innovations.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.tdkt.contracts.EventPayload;
import vn.tdkt.nomination.facts.domain.SubjectKey;
import vn.tdkt.nomination.rules.domain.InnovationKind;
import vn.tdkt.nomination.rules.domain.InnovationLevel;
import vn.tdkt.platform.domain.Created;
import vn.tdkt.platform.domain.DomainException;

/**
 * A recognised sáng kiến or S&T work in the innovation register (Luật Điều 3 k4): its scope of recognition
 * (cơ sở, tỉnh, toàn quốc), who recognised it, and the dossiers that used it as a basis. A use is recorded, not
 * refused: whether a second use is allowed is R-GEN-02's question, answered by the eligibility rules with the
 * province's policy.
 */
public class Innovation {

    /** A dossier that relied on the innovation. */
    public record Use(String dossierId, String awardCode, Instant at) {
    }

    private String id;
    private String title;
    private InnovationKind kind;
    private InnovationLevel level;
    private int year;
    private SubjectKey owner;
    private String recognisedBy;
    private String recognitionRef;
    private LocalDate recognisedOn;
    private List<Use> uses = new ArrayList<>();
    private String recordedBy;
    private Instant recordedAt;

    private Innovation() {
    }

    public static Created<Innovation, EventPayload> record(String id, String title, InnovationKind kind,
            InnovationLevel level, int year, SubjectKey owner, String recognisedBy, String recognitionRef,
            LocalDate recognisedOn, String by, Instant at) {
        if (title == null || title.isBlank()) {
            throw DomainException.invalid("innovation.title-required");
        }
        if (level == null) {
            throw DomainException.invalid("innovation.level-required");
        }
        if (year < 1945 || year > 2100) {
            throw DomainException.invalid("innovation.year-invalid", year);
        }
        if (recognisedOn != null && recognisedOn.getYear() < year) {
            throw DomainException.invalid("innovation.recognised-before-year", recognisedOn, year);
        }
        Innovation innovation = new Innovation();
        innovation.id = Objects.requireNonNull(id, "id");
        innovation.title = title.strip();
        innovation.kind = kind == null ? InnovationKind.SANG_KIEN : kind;
        innovation.level = level;
        innovation.year = year;
        innovation.owner = Objects.requireNonNull(owner, "owner");
        innovation.recognisedBy = recognisedBy;
        innovation.recognitionRef = recognitionRef;
        innovation.recognisedOn = recognisedOn;
        innovation.recordedBy = by;
        innovation.recordedAt = at;
        return new Created<>(innovation, List.of());
    }

    /** Records that {@code dossierId} relies on this innovation; repeating it for the same dossier changes nothing. */
    public List<EventPayload> markUsed(String dossierId, String awardCode, Instant at) {
        if (dossierId == null || dossierId.isBlank()) {
            throw DomainException.invalid("innovation.dossier-required");
        }
        if (uses.stream().noneMatch(use -> use.dossierId().equals(dossierId))) {
            uses.add(new Use(dossierId, awardCode, at));
        }
        return List.of();
    }

    /** Forgets {@code dossierId}'s use (withdrawn or refused); nothing happens if it had none. */
    public List<EventPayload> releaseUse(String dossierId) {
        uses.removeIf(use -> use.dossierId().equals(dossierId));
        return List.of();
    }

    /** The earliest use by a dossier other than {@code exceptDossierId} (which may be {@code null}). */
    public Use firstUseOtherThan(String exceptDossierId) {
        return uses.stream().filter(use -> !use.dossierId().equals(exceptDossierId)).findFirst().orElse(null);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public InnovationKind kind() {
        return kind;
    }

    public InnovationLevel level() {
        return level;
    }

    public int year() {
        return year;
    }

    public SubjectKey owner() {
        return owner;
    }

    public String recognisedBy() {
        return recognisedBy;
    }

    public String recognitionRef() {
        return recognitionRef;
    }

    public LocalDate recognisedOn() {
        return recognisedOn;
    }

    public List<Use> uses() {
        return List.copyOf(uses);
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
