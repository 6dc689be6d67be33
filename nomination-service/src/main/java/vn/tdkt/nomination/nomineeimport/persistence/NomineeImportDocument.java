package vn.tdkt.nomination.nomineeimport.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.nomination.nomineeimport.domain.ImportStatus;

/**
 * Collection {@code nominee_imports}: one uploaded nominee list, its counts and where its confirmation stands. Written
 * once by {@link #previewed}; afterwards only the store's guarded updates move {@code status}, {@code claimedAt} and
 * {@code confirmedAt}.
 */
@Document(NomineeImportDocument.COLLECTION)
public record NomineeImportDocument(@Id String id, String unitCode, String batchId, String movementId,
        ImportStatus status, String fileName, String sha256, String createdBy, Instant createdAt, int total,
        int valid, int eligible, Instant claimedAt, Instant confirmedAt) {

    public static final String COLLECTION = "nominee_imports";

    /** A list just checked: previewed, neither claimed nor confirmed. */
    public static NomineeImportDocument previewed(String id, String unitCode, String batchId, String movementId,
            String fileName, String sha256, String createdBy, Instant createdAt, int total, int valid,
            int eligible) {
        return new NomineeImportDocument(id, unitCode, batchId, movementId, ImportStatus.PREVIEWED, fileName, sha256,
                createdBy, createdAt, total, valid, eligible, null, null);
    }
}
