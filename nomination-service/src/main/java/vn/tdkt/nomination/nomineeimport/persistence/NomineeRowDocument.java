package vn.tdkt.nomination.nomineeimport.persistence;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.nomination.nomineeimport.domain.RowCheck;

/**
 * Collection {@code nominee_import_rows}: one row of an uploaded list, with what it would become (when the row has no
 * errors, the dossier document prepared for the confirmation's bulk insert), its duplicate keys (checked again at
 * confirmation against the batch) and what the preview found. {@code _id} is {@code importId:row}.
 */
@Document(NomineeRowDocument.COLLECTION)
public record NomineeRowDocument(@Id String id, String importId, int row, org.bson.Document prepared,
        List<String> keys, RowCheck check) {

    public static final String COLLECTION = "nominee_import_rows";

    /** Row {@code row} of the list {@code importId}, with its {@code _id}. */
    public static NomineeRowDocument of(String importId, int row, org.bson.Document prepared, List<String> keys,
            RowCheck check) {
        return new NomineeRowDocument(importId + ":" + row, importId, row, prepared, keys, check);
    }
}
