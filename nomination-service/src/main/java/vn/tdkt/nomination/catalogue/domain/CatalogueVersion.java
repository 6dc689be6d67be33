package vn.tdkt.nomination.catalogue.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import lombok.Getter;
import lombok.RequiredArgsConstructor;
import vn.tdkt.contracts.EventPayload;
import vn.tdkt.platform.domain.Created;
import vn.tdkt.platform.domain.DomainException;

/**
 * One version of the award catalogue: the awards with their rules of procedure, in force from
 * {@code effectiveFrom} until the next version takes over. Bundled versions come from the data files; an
 * administrator publishes later ones, which are stored. A published version never changes: a correction is a new
 * version, so a dossier is always judged by the catalogue that was in force on its decision date.
 */
public class CatalogueVersion {

    /** Where a version comes from. */
    @RequiredArgsConstructor
    public enum Source {
        BUNDLED("Kèm theo phần mềm"),
        PUBLISHED("Quản trị viên ban hành");

        @Getter
        private final String label;
    }

    private String id;
    private int number;
    private LocalDate effectiveFrom;
    private String note;
    private List<String> citations = new ArrayList<>();
    private List<AwardForm> awards = new ArrayList<>();
    private Source source;
    private String publishedBy;
    private Instant publishedAt;

    private CatalogueVersion() {
    }

    /** A version read from the bundled data files. */
    public static CatalogueVersion bundled(String id, int number, LocalDate effectiveFrom, String note,
            List<String> citations, List<AwardForm> awards) {
        CatalogueVersion version = build(id, number, effectiveFrom, note, citations, awards);
        version.source = Source.BUNDLED;
        return version;
    }

    /**
     * An administrator's new version. It takes effect on a later day than {@code today} (decisions already taken,
     * or taken today, keep the version they were judged by) and than every version before it.
     *
     * @param latest the version in force at the end of the current timeline
     */
    public static Created<CatalogueVersion, EventPayload> publish(String id, LocalDate effectiveFrom, String note,
            List<String> citations, List<AwardForm> awards, CatalogueVersion latest, LocalDate today, String by,
            Instant at) {
        if (effectiveFrom == null) {
            throw DomainException.invalid("catalogue.effective-from-required");
        }
        if (!effectiveFrom.isAfter(today)) {
            throw DomainException.invalid("catalogue.effective-from-not-future", effectiveFrom, today);
        }
        if (latest != null && !effectiveFrom.isAfter(latest.effectiveFrom)) {
            throw DomainException.conflict("catalogue.effective-from-not-after-latest", effectiveFrom,
                    latest.effectiveFrom, latest.number);
        }
        if (awards == null || awards.isEmpty()) {
            throw DomainException.invalid("catalogue.awards-required");
        }
        CatalogueVersion version = build(id, latest == null ? 1 : latest.number + 1, effectiveFrom, note, citations,
                awards);
        version.source = Source.PUBLISHED;
        version.publishedBy = by;
        version.publishedAt = at;
        return new Created<>(version, List.of());
    }

    private static CatalogueVersion build(String id, int number, LocalDate effectiveFrom, String note,
            List<String> citations, List<AwardForm> awards) {
        CatalogueVersion version = new CatalogueVersion();
        version.id = Objects.requireNonNull(id, "id");
        version.number = number;
        version.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        version.note = note;
        version.citations = citations == null ? new ArrayList<>() : new ArrayList<>(citations);
        version.awards = new ArrayList<>(awards);
        version.catalogue();
        return version;
    }

    /** The awards of this version as a lookup; duplicate codes are refused. */
    public AwardCatalogue catalogue() {
        try {
            return new AwardCatalogue(awards);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("catalogue.duplicate-award", e.getMessage());
        }
    }

    public String id() {
        return id;
    }

    public int number() {
        return number;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public String note() {
        return note;
    }

    public List<String> citations() {
        return List.copyOf(citations);
    }

    public List<AwardForm> awards() {
        return List.copyOf(awards);
    }

    public Source source() {
        return source;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
