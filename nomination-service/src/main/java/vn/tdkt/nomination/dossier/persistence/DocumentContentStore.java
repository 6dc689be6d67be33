package vn.tdkt.nomination.dossier.persistence;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;
import vn.tdkt.nomination.storage.GridFsFiles;

/**
 * The bytes of dossier documents, in GridFS (bucket {@code dossier_files}), with the dossier id as their owner. The
 * dossier aggregate keeps the reference; a file whose dossier save failed is an orphan, removed again.
 */
@Repository
public class DocumentContentStore extends GridFsFiles {

    public DocumentContentStore(MongoTemplate mongo) {
        super(mongo, "dossier_files", "dossierId");
    }
}
