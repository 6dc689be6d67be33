package vn.tdkt.nomination.council.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.nomination.council.domain.Council;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code councils}: one document per council, with its members and its R-MEET-02 reminder mark. */
@Document(CouncilDocument.COLLECTION)
public class CouncilDocument extends AggregateDocument {

    public static final String COLLECTION = "councils";
    public static final String LEVEL = "council.level";
    public static final String UNIT = "council.unitCode";
    public static final String MEMBER_IDS = "council.members.memberId";

    @Id
    private String id;

    private Council council;

    protected CouncilDocument() {
    }

    public CouncilDocument(Council council) {
        this.id = council.id();
        this.council = council;
    }

    public Council getCouncil() {
        return council;
    }
}
