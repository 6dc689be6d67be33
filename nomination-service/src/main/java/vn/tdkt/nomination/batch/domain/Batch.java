package vn.tdkt.nomination.batch.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.tdkt.contracts.EventPayload;
import vn.tdkt.platform.domain.Created;
import vn.tdkt.platform.domain.DomainException;

/**
 * A proposal batch (đợt đề nghị): one tờ trình of a unit covers many nominees, each a dossier. The batch carries the
 * tờ trình's title and number and, for a movement's round, the movement. It publishes no events: its dossiers do.
 */
public final class Batch {

    private String id;
    private String unitCode;
    private String title;
    private String reference;
    private int year;
    private String movementId;
    private BatchStatus status;
    private String createdBy;
    private Instant createdAt;
    private String submittedBy;
    private Instant submittedAt;

    private Batch() {
    }

    public static Created<Batch, EventPayload> open(String id, String unitCode, String title, String reference,
            int year, String movementId, String by, Instant now) {
        if (title == null || title.isBlank()) {
            throw DomainException.invalid("batch.title-required");
        }
        Batch batch = new Batch();
        batch.id = Objects.requireNonNull(id, "id");
        batch.unitCode = Objects.requireNonNull(unitCode, "unitCode");
        batch.title = title.strip();
        batch.reference = reference == null || reference.isBlank() ? null : reference.strip();
        batch.year = year;
        batch.movementId = movementId == null || movementId.isBlank() ? null : movementId;
        batch.status = BatchStatus.OPEN;
        batch.createdBy = by;
        batch.createdAt = now;
        return new Created<>(batch, List.of());
    }

    public void requireOpen() {
        if (status != BatchStatus.OPEN) {
            throw DomainException.conflict("batch.not-open", id);
        }
    }

    /** Every dossier of the batch has been submitted. */
    public List<EventPayload> markSubmitted(String by, Instant now) {
        requireOpen();
        status = BatchStatus.SUBMITTED;
        submittedBy = by;
        submittedAt = now;
        return List.of();
    }

    public String id() { return id; }
    public String unitCode() { return unitCode; }
    public String title() { return title; }
    public String reference() { return reference; }
    public int year() { return year; }
    public String movementId() { return movementId; }
    public BatchStatus status() { return status; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public String submittedBy() { return submittedBy; }
    public Instant submittedAt() { return submittedAt; }
}
