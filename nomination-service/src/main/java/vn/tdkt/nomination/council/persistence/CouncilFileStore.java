package vn.tdkt.nomination.council.persistence;

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
 * Documents of council sessions in GridFS (bucket {@code council_files}): absent members' signed written votes, with
 * the session id, the detected media type and the SHA-256 as metadata. The session keeps the reference; a file whose
 * session save failed is removed again ({@link #delete}).
 */
@Repository
public class CouncilFileStore {

    private final GridFSBucket bucket;

    public CouncilFileStore(MongoTemplate mongo) {
        this.bucket = GridFSBuckets.create(mongo.getDb(), "council_files");
    }

    public String store(String sessionId, String fileName, String mediaType, String sha256, byte[] content) {
        GridFSUploadOptions options = new GridFSUploadOptions().metadata(new Document("sessionId", sessionId)
                .append("contentType", mediaType).append("sha256", sha256));
        return bucket.uploadFromStream(fileName, new ByteArrayInputStream(content), options).toHexString();
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
