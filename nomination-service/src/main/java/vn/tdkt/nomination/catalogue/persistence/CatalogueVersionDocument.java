package vn.tdkt.nomination.catalogue.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.nomination.catalogue.domain.CatalogueVersion;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code catalogue_versions}: the catalogue versions an administrator published (bundled ones are files). */
@Document(CatalogueVersionDocument.COLLECTION)
public class CatalogueVersionDocument extends AggregateDocument<CatalogueVersion> {

    public static final String COLLECTION = "catalogue_versions";
    static final String EFFECTIVE_FROM = path("effectiveFrom");
}
