package vn.tdkt.plan.importing.domain;

import java.time.Instant;
import java.util.List;
import vn.tdkt.contracts.EventPayload;
import vn.tdkt.platform.domain.DomainException;

/**
 * An import of a plan document (nhập kế hoạch từ văn bản): the preview of what was read, how every unit name was
 * resolved, and what became of it — PREVIEW, then CONFIRMED (a draft plan exists) or DISCARDED. A confirmation first
 * claims the preview, so a concurrent confirmation or discard backs off; a claim left by a crash goes stale. It
 * publishes no events (the plan it creates is the plan feature's aggregate): its commands return none.
 */
public class PlanImport {

    private String id;
    private ImportStatus status;
    private String createdBy;
    private String createdByUnit;
    private Instant createdAt;
    private Source source;
    private ImportedPlan plan;
    private NameResolution issuer;
    private List<NameResolution> resolutions = List.of();
    private List<ImportWarningEntry> warnings = List.of();
    private List<ProgressEntry> progress = List.of();
    private long parseMillis;
    private Claim claim;
    private Confirmation confirmation;
    private Instant discardedAt;
    private String discardedBy;

    private PlanImport() {
    }

    /**
     * What was uploaded.
     *
     * @param mediaType      the Content-Type the client declared
     * @param declaredFormat the format the client named, if any
     * @param textLength     characters of the decoded text (0 for a DOCX or PDF, which is read, not decoded)
     * @param byteLength     bytes uploaded (the text in UTF-8, or the file)
     */
    public record Source(String mediaType, String declaredFormat, int textLength, long byteLength) {
    }

    /** A confirmation holding the preview while it creates the plan. */
    public record Claim(String by, Instant at) {
    }

    public record Confirmation(String planId, String confirmedBy, Instant confirmedAt, List<UnitMapping> mappings,
                               List<String> ignoredNames, int taskCount) {
        public Confirmation {
            mappings = mappings == null ? List.of() : List.copyOf(mappings);
            ignoredNames = ignoredNames == null ? List.of() : List.copyOf(ignoredNames);
        }
    }

    public static PlanImport preview(String id, String createdBy, String createdByUnit, Instant createdAt, Source source,
            ImportedPlan plan, NameResolution issuer, List<NameResolution> resolutions,
            List<ImportWarningEntry> warnings, List<ProgressEntry> progress, long parseMillis) {
        PlanImport preview = new PlanImport();
        preview.id = id;
        preview.status = ImportStatus.PREVIEW;
        preview.createdBy = createdBy;
        preview.createdByUnit = createdByUnit;
        preview.createdAt = createdAt;
        preview.source = source;
        preview.plan = plan;
        preview.issuer = issuer;
        preview.resolutions = List.copyOf(resolutions);
        preview.warnings = List.copyOf(warnings);
        preview.progress = List.copyOf(progress);
        preview.parseMillis = parseMillis;
        return preview;
    }

    /** 409 unless it is still a preview: confirmed or discarded imports change no more. */
    public void requireConfirmable() {
        if (status == ImportStatus.CONFIRMED) {
            throw DomainException.conflict("import.already-confirmed", id, confirmation == null ? "" : confirmation.planId());
        }
        if (status == ImportStatus.DISCARDED) {
            throw DomainException.conflict("import.discarded", id);
        }
    }

    /** Takes the preview for a confirmation, unless another one holds it (a claim older than {@code staleBefore} does not). */
    public List<EventPayload> claim(String by, Instant now, Instant staleBefore) {
        requireConfirmable();
        if (claim != null && !claim.at().isBefore(staleBefore)) {
            throw DomainException.conflict("import.confirm-in-progress", id);
        }
        claim = new Claim(by, now);
        return List.of();
    }

    /** Gives a claim back after the plan could not be created; the preview can be confirmed again. */
    public List<EventPayload> release(String by) {
        if (status == ImportStatus.PREVIEW && claim != null && claim.by().equals(by)) {
            claim = null;
        }
        return List.of();
    }

    public List<EventPayload> confirm(Confirmation done) {
        requireConfirmable();
        status = ImportStatus.CONFIRMED;
        confirmation = done;
        claim = null;
        return List.of();
    }

    /** Discards a preview nobody is confirming. */
    public List<EventPayload> discard(String by, Instant now) {
        requireConfirmable();
        if (claim != null) {
            throw DomainException.conflict("import.confirm-in-progress", id);
        }
        status = ImportStatus.DISCARDED;
        discardedAt = now;
        discardedBy = by;
        return List.of();
    }

    /** The creator's unit may read its own import; Sở Nội vụ and administrators any (checked by the service). */
    public boolean createdBy(String unitCode) {
        return unitCode != null && unitCode.equals(createdByUnit);
    }

    public String id() { return id; }
    public ImportStatus status() { return status; }
    public String createdBy() { return createdBy; }
    public String createdByUnit() { return createdByUnit; }
    public Instant createdAt() { return createdAt; }
    public Source source() { return source; }
    public ImportedPlan plan() { return plan; }
    public NameResolution issuer() { return issuer; }
    public List<NameResolution> resolutions() { return resolutions == null ? List.of() : resolutions; }
    public List<ImportWarningEntry> warnings() { return warnings == null ? List.of() : warnings; }
    public List<ProgressEntry> progress() { return progress == null ? List.of() : progress; }
    public long parseMillis() { return parseMillis; }
    public Claim claim() { return claim; }
    public Confirmation confirmation() { return confirmation; }
    public Instant discardedAt() { return discardedAt; }
    public String discardedBy() { return discardedBy; }
}
