package vn.tdkt.nomination.fund.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.nomination.fund.domain.Fund;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code funds}: one document per year ({@code fund-2026}), wrapping the aggregate. */
@Document(FundDocument.COLLECTION)
public class FundDocument extends AggregateDocument<Fund> {

    public static final String COLLECTION = "funds";
}
