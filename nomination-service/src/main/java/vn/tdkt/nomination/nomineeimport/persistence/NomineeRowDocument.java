package vn.tdkt.nomination.nomineeimport.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.nomination.nomineeimport.domain.RowCheck;

/**
 * Collection {@code nominee_import_rows}: one row of an uploaded list, with what it would become (when the row has no
 * errors, the dossier document prepared for the confirmation's bulk insert) and what the preview found. {@code _id} is {@code importId:row}.
 */
@Document(NomineeRowDocument.COLLECTION)
public class NomineeRowDocument {

    public static final String COLLECTION = "nominee_import_rows";

    @Id
    private String id;
    private String importId;
    private int row;
    private org.bson.Document prepared;
    private RowCheck check;

    protected NomineeRowDocument() {
    }

    public NomineeRowDocument(String importId, int row, org.bson.Document prepared, RowCheck check) {
        this.id = importId + ":" + row;
        this.importId = importId;
        this.row = row;
        this.prepared = prepared;
        this.check = check;
    }

    public String getImportId() { return importId; }
    public int getRow() { return row; }
    public org.bson.Document getPrepared() { return prepared; }
    public RowCheck getCheck() { return check; }
}
