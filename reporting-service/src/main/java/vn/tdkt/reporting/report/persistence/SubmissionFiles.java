package vn.tdkt.reporting.report.persistence;

import com.mongodb.client.gridfs.model.GridFSFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Repository;
import lombok.RequiredArgsConstructor;

/** The submitted report files, in GridFS (bucket {@code fs}), with their digest and detected type as metadata. */
@Repository
@RequiredArgsConstructor
public class SubmissionFiles {

    private final GridFsTemplate gridFs;

    /** @return the GridFS id of the stored file */
    public String store(byte[] content, String fileName, String contentType, String sha256, String dutyId) {
        Document metadata = new Document("sha256", sha256).append("dutyId", dutyId).append("contentType", contentType);
        ObjectId id = gridFs.store(new ByteArrayInputStream(content), fileName, contentType, metadata);
        return id.toHexString();
    }

    /** Removes a file whose submission could not be saved (so no orphan stays behind). */
    public void delete(String fileId) {
        gridFs.delete(Query.query(Criteria.where("_id").is(new ObjectId(fileId))));
    }

    public Optional<InputStream> open(String fileId) {
        GridFSFile file = gridFs.findOne(Query.query(Criteria.where("_id").is(new ObjectId(fileId))));
        if (file == null) {
            return Optional.empty();
        }
        GridFsResource resource = gridFs.getResource(file);
        try {
            return Optional.of(resource.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
