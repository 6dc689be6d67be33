package vn.tdkt.nomination.council.persistence;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;
import vn.tdkt.nomination.storage.GridFsFiles;

/**
 * Documents of council sessions in GridFS (bucket {@code council_files}): absent members' signed written votes, with
 * the session id as their owner. The session keeps the reference; a file whose session save failed is removed again.
 */
@Repository
public class CouncilFileStore extends GridFsFiles {

    public CouncilFileStore(MongoTemplate mongo) {
        super(mongo, "council_files", "sessionId");
    }
}
