package vn.tdkt.nomination.nomineeimport.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.tdkt.nomination.nomineeimport.domain.ImportStatus;
import vn.tdkt.platform.persistence.Indexes;

/**
 * Uploaded nominee lists and their rows. Status changes are conditional single-document updates (a claim succeeds
 * for one caller only), which is what makes the confirmation all or nothing without transactions.
 */
@Repository
public class NomineeImportStore {

    private final MongoTemplate mongo;

    public NomineeImportStore(MongoTemplate mongo) {
        this.mongo = mongo;
        Indexes.ensure(mongo, NomineeRowDocument.COLLECTION,
                Indexes.ascending("row_import", "importId", "row"));
        Indexes.ensure(mongo, NomineeImportDocument.COLLECTION,
                Indexes.ascending("import_status", "status"));
    }

    public void insert(NomineeImportDocument document, List<NomineeRowDocument> rows) {
        mongo.insert(rows, NomineeRowDocument.class);
        mongo.insert(document);
    }

    public Optional<NomineeImportDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, NomineeImportDocument.class));
    }

    public List<NomineeRowDocument> rows(String importId) {
        return mongo.find(Query.query(where("importId").is(importId)).with(Sort.by("row")),
                NomineeRowDocument.class);
    }

    /** The prepared dossier documents of an import, in row order, read without mapping (for the bulk insert). */
    public List<org.bson.Document> prepared(String importId) {
        Query query = Query.query(where("importId").is(importId)).with(Sort.by("row"));
        query.fields().include("prepared");
        return mongo.find(query, org.bson.Document.class, NomineeRowDocument.COLLECTION).stream()
                .map(row -> row.get("prepared", org.bson.Document.class)).toList();
    }

    /** Each row's duplicate keys (rows read before keys were kept have none), read without mapping. */
    public List<List<String>> rowKeys(String importId) {
        Query query = Query.query(where("importId").is(importId));
        query.fields().include("keys");
        return mongo.find(query, org.bson.Document.class, NomineeRowDocument.COLLECTION).stream()
                .map(row -> row.getList("keys", String.class, List.of())).toList();
    }

    /** The row keys of every other import of the batch being confirmed now (its dossiers are still hidden). */
    public List<List<String>> rowKeysOfOtherClaims(String batchId, String exceptImportId) {
        Query claims = Query.query(where("batchId").is(batchId).and("status").is(ImportStatus.CONFIRMING)
                .and("_id").ne(exceptImportId));
        claims.fields().include("_id");
        return mongo.find(claims, org.bson.Document.class, NomineeImportDocument.COLLECTION).stream()
                .flatMap(claim -> rowKeys(claim.getString("_id")).stream()).toList();
    }

    /** PREVIEWED → CONFIRMING for exactly one caller; false if the import is in another state. */
    public boolean claim(String id, Instant at) {
        return mongo.updateFirst(Query.query(where("_id").is(id).and("status").is(ImportStatus.PREVIEWED)),
                new Update().set("status", ImportStatus.CONFIRMING).set("claimedAt", at),
                NomineeImportDocument.class).getModifiedCount() == 1;
    }

    /** CONFIRMING → CONFIRMED: the one write that makes every dossier of the import visible. */
    public boolean flip(String id, Instant at) {
        return mongo.updateFirst(Query.query(where("_id").is(id).and("status").is(ImportStatus.CONFIRMING)),
                new Update().set("status", ImportStatus.CONFIRMED).set("confirmedAt", at),
                NomineeImportDocument.class).getModifiedCount() == 1;
    }

    /** CONFIRMING → PREVIEWED after its hidden dossiers were removed (a failed or abandoned confirmation). */
    public boolean release(String id) {
        return mongo.updateFirst(Query.query(where("_id").is(id).and("status").is(ImportStatus.CONFIRMING)),
                new Update().set("status", ImportStatus.PREVIEWED).unset("claimedAt"),
                NomineeImportDocument.class).getModifiedCount() == 1;
    }

    /** Imports whose dossiers may exist but must stay hidden (their ids only, read without mapping). */
    public Set<String> confirming() {
        Query query = Query.query(where("status").is(ImportStatus.CONFIRMING));
        query.fields().include("_id");
        return mongo.find(query, org.bson.Document.class, NomineeImportDocument.COLLECTION).stream()
                .map(id -> id.getString("_id")).collect(Collectors.toUnmodifiableSet());
    }

    /** Confirmations claimed before {@code before} and never flipped: their writer died. */
    public List<NomineeImportDocument> abandoned(Instant before) {
        return mongo.find(Query.query(where("status").is(ImportStatus.CONFIRMING).and("claimedAt").lt(before)),
                NomineeImportDocument.class);
    }
}
