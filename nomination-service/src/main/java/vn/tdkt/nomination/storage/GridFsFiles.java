package vn.tdkt.nomination.storage;

import com.mongodb.MongoGridFSException;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Uploaded files of one GridFS bucket, each with the id of the aggregate that references it, the detected media type
 * and the SHA-256 as metadata. The aggregate keeps the file's id; a file whose aggregate save failed is removed again
 * ({@link #delete}). Each feature's store extends this with its own bucket, so features never share files.
 */
public class GridFsFiles {

    private final GridFSBucket bucket;
    private final String ownerField;

    /**
     * @param bucketName the GridFS bucket ({@code <name>.files} and {@code <name>.chunks})
     * @param ownerField the metadata field naming the aggregate a file belongs to, e.g. {@code dossierId}
     */
    protected GridFsFiles(MongoTemplate mongo, String bucketName, String ownerField) {
        this.bucket = GridFSBuckets.create(mongo.getDb(), bucketName);
        this.ownerField = ownerField;
    }

    /** Stores the bytes and returns the new file's id. */
    public String store(String ownerId, String fileName, String mediaType, String sha256, byte[] content) {
        GridFSUploadOptions options = new GridFSUploadOptions().metadata(new Document(ownerField, ownerId)
                .append("contentType", mediaType).append("sha256", sha256));
        return bucket.uploadFromStream(fileName, new ByteArrayInputStream(content), options).toHexString();
    }

    /** The file's bytes; empty for an id that is malformed or names no file. */
    public Optional<byte[]> read(String fileId) {
        if (!ObjectId.isValid(fileId)) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            bucket.downloadToStream(new ObjectId(fileId), out);
        } catch (MongoGridFSException missing) {
            return Optional.empty();
        }
        return Optional.of(out.toByteArray());
    }

    /** Removes the file; a file already gone is not an error. */
    public void delete(String fileId) {
        if (ObjectId.isValid(fileId)) {
            try {
                bucket.delete(new ObjectId(fileId));
            } catch (MongoGridFSException alreadyGone) {
                // nothing to remove
            }
        }
    }
}
