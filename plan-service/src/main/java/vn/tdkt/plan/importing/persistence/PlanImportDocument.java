package vn.tdkt.plan.importing.persistence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Collection {@code plan_imports}: the preview of an imported plan text, what was resolved, and what became of it.
 * It publishes no event (the plan it creates is the core's aggregate), so it is a plain versioned document.
 */
@Document(PlanImportDocument.COLLECTION)
public class PlanImportDocument {

    public static final String COLLECTION = "plan_imports";

    @Id
    private String id;
    @Version
    private Long version;
    private ImportStatus status;
    private String createdBy;
    private String createdByUnit;
    private Instant createdAt;
    private Source source;
    private ImportedPlan plan;
    private NameResolution issuer;
    private List<NameResolution> resolutions;
    private List<ImportWarningEntry> warnings;
    private List<ProgressEntry> progress;
    private long parseMillis;
    /** Set while a confirmation is creating the plan, so a concurrent confirmation or discard backs off. */
    private Claim claim;
    private Confirmation confirmation;
    private Instant discardedAt;
    private String discardedBy;

    protected PlanImportDocument() {
    }

    public PlanImportDocument(String id, String createdBy, String createdByUnit, Instant createdAt, Source source,
            ImportedPlan plan, NameResolution issuer, List<NameResolution> resolutions,
            List<ImportWarningEntry> warnings, List<ProgressEntry> progress, long parseMillis) {
        this.id = id;
        this.status = ImportStatus.PREVIEW;
        this.createdBy = createdBy;
        this.createdByUnit = createdByUnit;
        this.createdAt = createdAt;
        this.source = source;
        this.plan = plan;
        this.issuer = issuer;
        this.resolutions = List.copyOf(resolutions);
        this.warnings = List.copyOf(warnings);
        this.progress = List.copyOf(progress);
        this.parseMillis = parseMillis;
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

    public record Claim(String by, Instant at) {
    }

    public record Confirmation(String planId, String confirmedBy, Instant confirmedAt, List<UnitMapping> mappings,
                               List<String> ignoredNames, int taskCount) {
        public Confirmation {
            mappings = mappings == null ? List.of() : List.copyOf(mappings);
            ignoredNames = ignoredNames == null ? List.of() : List.copyOf(ignoredNames);
        }
    }

    public String getId() { return id; }
    public Long getVersion() { return version; }
    public ImportStatus getStatus() { return status; }
    public String getCreatedBy() { return createdBy; }
    public String getCreatedByUnit() { return createdByUnit; }
    public Instant getCreatedAt() { return createdAt; }
    public Source getSource() { return source; }
    public ImportedPlan getPlan() { return plan; }
    public NameResolution getIssuer() { return issuer; }
    public List<NameResolution> getResolutions() { return resolutions == null ? List.of() : resolutions; }
    public List<ImportWarningEntry> getWarnings() { return warnings == null ? List.of() : warnings; }
    public List<ProgressEntry> getProgress() { return progress == null ? List.of() : progress; }
    public long getParseMillis() { return parseMillis; }
    public Claim getClaim() { return claim; }
    public Confirmation getConfirmation() { return confirmation; }
    public Instant getDiscardedAt() { return discardedAt; }
    public String getDiscardedBy() { return discardedBy; }
}
