package vn.tdkt.nomination.dossier.persistence;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The bytes of dossier documents, in GridFS (bucket {@code dossier_files}), with the dossier id, the detected
 * media type and the SHA-256 as metadata. The dossier aggregate keeps the reference; a file whose dossier save
 * failed is an orphan, removed by {@link #delete}.
 */
@Repository
public class DocumentContentStore {

    private final GridFSBucket bucket;

    public DocumentContentStore(MongoTemplate mongo) {
        this.bucket = GridFSBuckets.create(mongo.getDb(), "dossier_files");
    }

    public String store(String dossierId, String fileName, String mediaType, String sha256, byte[] content) {
        GridFSUploadOptions options = new GridFSUploadOptions().metadata(new Document("dossierId", dossierId)
                .append("contentType", mediaType).append("sha256", sha256));
        ObjectId id = bucket.uploadFromStream(fileName, new ByteArrayInputStream(content), options);
        return id.toHexString();
    }

    public Optional<byte[]> read(String fileId) {
        if (!ObjectId.isValid(fileId)) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            bucket.downloadToStream(new ObjectId(fileId), out);
        } catch (com.mongodb.MongoGridFSException missing) {
            return Optional.empty();
        }
        return Optional.of(out.toByteArray());
    }

    public void delete(String fileId) {
        if (ObjectId.isValid(fileId)) {
            try {
                bucket.delete(new ObjectId(fileId));
            } catch (com.mongodb.MongoGridFSException alreadyGone) {
                // nothing to remove
            }
        }
    }
}
