package vn.tdkt.nomination.nomineeimport.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.nomination.dossier.domain.DossierContent;
import vn.tdkt.nomination.nomineeimport.domain.RowCheck;

/**
 * Collection {@code nominee_import_rows}: one row of an uploaded list, with what it would become (the dossier
 * content, absent when the row has errors) and what the preview found. {@code _id} is {@code importId:row}.
 */
@Document(NomineeRowDocument.COLLECTION)
public class NomineeRowDocument {

    public static final String COLLECTION = "nominee_import_rows";

    @Id
    private String id;
    private String importId;
    private int row;
    private DossierContent content;
    private RowCheck check;

    protected NomineeRowDocument() {
    }

    public NomineeRowDocument(String importId, int row, DossierContent content, RowCheck check) {
        this.id = importId + ":" + row;
        this.importId = importId;
        this.row = row;
        this.content = content;
        this.check = check;
    }

    public String getImportId() { return importId; }
    public int getRow() { return row; }
    public DossierContent getContent() { return content; }
    public RowCheck getCheck() { return check; }
}
