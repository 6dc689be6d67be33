package vn.tdkt.nomination.nomineeimport.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.nomination.nomineeimport.domain.ImportStatus;

/** Collection {@code nominee_imports}: one uploaded nominee list, its counts and where its confirmation stands. */
@Document(NomineeImportDocument.COLLECTION)
public class NomineeImportDocument {

    public static final String COLLECTION = "nominee_imports";

    @Id
    private String id;
    private String unitCode;
    private String batchId;
    private String movementId;
    private ImportStatus status;
    private String fileName;
    private String sha256;
    private String createdBy;
    private Instant createdAt;
    private int total;
    private int valid;
    private int eligible;
    private Instant claimedAt;
    private Instant confirmedAt;

    protected NomineeImportDocument() {
    }

    public NomineeImportDocument(String id, String unitCode, String batchId, String movementId, String fileName,
            String sha256, String createdBy, Instant createdAt, int total, int valid, int eligible) {
        this.id = id;
        this.unitCode = unitCode;
        this.batchId = batchId;
        this.movementId = movementId;
        this.status = ImportStatus.PREVIEWED;
        this.fileName = fileName;
        this.sha256 = sha256;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.total = total;
        this.valid = valid;
        this.eligible = eligible;
    }

    public String getId() { return id; }
    public String getUnitCode() { return unitCode; }
    public String getBatchId() { return batchId; }
    public String getMovementId() { return movementId; }
    public ImportStatus getStatus() { return status; }
    public String getFileName() { return fileName; }
    public String getSha256() { return sha256; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public int getTotal() { return total; }
    public int getValid() { return valid; }
    public int getEligible() { return eligible; }
    public Instant getClaimedAt() { return claimedAt; }
    public Instant getConfirmedAt() { return confirmedAt; }
}
