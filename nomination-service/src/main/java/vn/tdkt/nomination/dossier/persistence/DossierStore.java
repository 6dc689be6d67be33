package vn.tdkt.nomination.dossier.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.platform.web.paging.PageQuery;

/** Reads and writes dossier documents; every write is one atomic, version-guarded document save. */
@Repository
public class DossierStore {

    private final MongoTemplate mongo;

    public DossierStore(MongoTemplate mongo) {
        this.mongo = mongo;
        IndexOperations indexes = mongo.indexOps(DossierDocument.class);
        indexes.createIndex(new Index().on("unitCode", Sort.Direction.ASC).on("year", Sort.Direction.ASC)
                .on("status", Sort.Direction.ASC).named("dossier_unit_year_status"));
        indexes.createIndex(new Index().on("subjectNameKey", Sort.Direction.ASC).on("year", Sort.Direction.ASC)
                .named("dossier_subject_key_year"));
    }

    public Optional<DossierDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, DossierDocument.class));
    }

    /** Inserts a new document or updates the stored one if its version still matches (else optimistic-lock failure). */
    public DossierDocument save(DossierDocument document) {
        return mongo.save(document);
    }

    /** A page of dossiers, newest first (ids are UUIDv7, so they sort by creation time). */
    public List<DossierDocument> page(DossierQuery filter, PageQuery page) {
        Query query = Query.query(criteria(filter))
                .with(Sort.by(Sort.Direction.DESC, "_id"))
                .skip(page.offset())
                .limit(page.size());
        return mongo.find(query, DossierDocument.class);
    }

    public long count(DossierQuery filter) {
        return mongo.count(Query.query(criteria(filter)), DossierDocument.class);
    }

    private static Criteria criteria(DossierQuery filter) {
        Criteria criteria = new Criteria();
        if (filter.unitCode() != null) {
            criteria = criteria.and("unitCode").is(filter.unitCode());
        }
        if (filter.year() != null) {
            criteria = criteria.and("year").is(filter.year());
        }
        if (filter.status() != null) {
            criteria = criteria.and("status").is(filter.status());
        }
        return criteria;
    }
}
