package vn.tdkt.nomination.catalogue.persistence;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.nomination.catalogue.domain.CatalogueVersion;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;
import vn.tdkt.platform.persistence.Indexes;

/** Published catalogue versions; one per effective date (unique index), never updated. */
@Repository
public class CatalogueVersionStore extends AggregateStore<CatalogueVersion, CatalogueVersionDocument> {

    public CatalogueVersionStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, CatalogueVersionDocument.class, CatalogueVersionDocument::new,
                CatalogueVersion::id, "catalogue.version-not-found");
        Indexes.ensure(mongo, CatalogueVersionDocument.COLLECTION,
                Indexes.ascending("catalogue_version_effective_from",
                        CatalogueVersionDocument.EFFECTIVE_FROM).unique());
    }

    /** Every published version, oldest first (a handful: one per change of the law or the province's practice). */
    public List<CatalogueVersion> all() {
        return findAll(new Query().with(Sort.by(CatalogueVersionDocument.EFFECTIVE_FROM)));
    }
}
