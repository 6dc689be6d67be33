package vn.tdkt.nomination.council.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.nomination.council.domain.Council;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code councils}: one document per council, with its members and its R-MEET-02 reminder mark. */
@Document(CouncilDocument.COLLECTION)
public class CouncilDocument extends AggregateDocument<Council> {

    public static final String COLLECTION = "councils";
    static final String LEVEL = path("level");
    static final String UNIT = path("unitCode");
    static final String MEMBER_IDS = path("members.memberId");
}
