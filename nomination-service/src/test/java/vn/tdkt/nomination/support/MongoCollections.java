package vn.tdkt.nomination.support;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** The collections a test base starts each test without: their documents go, the service's indexes stay. */
public final class MongoCollections {

    private MongoCollections() {
    }

    /** Removes every document of each of {@code collections}. */
    public static void empty(MongoTemplate mongo, String... collections) {
        for (String collection : collections) {
            mongo.remove(new Query(), collection);
        }
    }
}
