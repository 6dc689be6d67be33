package vn.tdkt.nomination.nomineeimport.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.nomination.nomineeimport.domain.RowCheck;

/**
 * Collection {@code nominee_import_rows}: one row of an uploaded list, with what it would become (when the row has no
 * errors, the dossier document prepared for the confirmation's bulk insert) and what the preview found. {@code _id} is {@code importId:row}.
 */
@Document(NomineeRowDocument.COLLECTION)
public record NomineeRowDocument(@Id String id, String importId, int row, org.bson.Document prepared,
        RowCheck check) {

    public static final String COLLECTION = "nominee_import_rows";

    /** Row {@code row} of the list {@code importId}, with its {@code _id}. */
    public static NomineeRowDocument of(String importId, int row, org.bson.Document prepared, RowCheck check) {
        return new NomineeRowDocument(importId + ":" + row, importId, row, prepared, check);
    }
}
