package vn.tdkt.nomination.council.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.tdkt.nomination.council.domain.BallotChoice;
import vn.tdkt.platform.persistence.Indexes;

/**
 * The ballot box (collection {@code council_ballots}): HOW members voted, never who. Each document is a ballot paper
 * {@code {_id, sessionId, dossierId, choice}}: {@code _id} is 128 random bits (no time, unlike the service's UUIDv7
 * ids), {@code choice} is null while the paper is blank. All papers of a session are laid out in one bulk insert when
 * the ballot opens, sorted by their random ids, so their order on disk and by id is fixed before anyone votes and
 * says nothing about who voted when. A vote marks one blank paper chosen at random; closing the ballot removes the
 * papers left blank (see {@code SecretBallot}).
 */
@Repository
public class BallotBoxStore {

    public static final String COLLECTION = "council_ballots";
    private static final SecureRandom RANDOM = new SecureRandom();

    public record Ballot(String id, String sessionId, String dossierId, BallotChoice choice) {
    }

    private final MongoTemplate mongo;

    public BallotBoxStore(MongoTemplate mongo) {
        this.mongo = mongo;
        Indexes.ensure(mongo, COLLECTION,
                Indexes.ascending("ballot_session_item", "sessionId", "dossierId", "choice"));
    }

    /**
     * Lays out {@code papers} blank papers per item. Any papers of the session left by an opening that did not
     * complete are removed first: no paper can have been filled before the ballot opened.
     */
    public void layOut(String sessionId, Map<String, Integer> papers) {
        mongo.remove(Query.query(where("sessionId").is(sessionId)), COLLECTION);
        List<Document> blank = new ArrayList<>();
        papers.forEach((dossierId, count) -> {
            for (int i = 0; i < count; i++) {
                blank.add(new Document("_id", randomId()).append("sessionId", sessionId).append("dossierId", dossierId)
                        .append("choice", null));
            }
        });
        blank.sort((a, b) -> a.getString("_id").compareTo(b.getString("_id")));
        if (!blank.isEmpty()) {
            mongo.insert(blank, COLLECTION);
        }
    }

    /** Ids of the blank papers of an item. */
    public List<String> blanks(String sessionId, String dossierId) {
        Query query = Query.query(where("sessionId").is(sessionId).and("dossierId").is(dossierId).and("choice")
                .isNull());
        query.fields().include("_id");
        return mongo.find(query, Document.class, COLLECTION).stream().map(d -> d.getString("_id")).toList();
    }

    /** Marks a blank paper; false if someone marked it first. */
    public boolean fill(String paperId, BallotChoice choice) {
        return mongo.updateFirst(Query.query(where("_id").is(paperId).and("choice").isNull()),
                Update.update("choice", choice.name()), COLLECTION).getModifiedCount() == 1;
    }

    /**
     * Seals the box when the ballot closes: the blank papers are removed, so no vote can be marked any more; every
     * paper marked before stays and is counted.
     */
    public void seal(String sessionId) {
        mongo.remove(Query.query(where("sessionId").is(sessionId).and("choice").isNull()), COLLECTION);
    }

    /** Marked papers of an item, by choice. */
    public Map<BallotChoice, Integer> count(String sessionId, String dossierId) {
        Map<BallotChoice, Integer> counts = new EnumMap<>(BallotChoice.class);
        for (BallotChoice choice : BallotChoice.values()) {
            counts.put(choice, (int) mongo.count(Query.query(where("sessionId").is(sessionId).and("dossierId")
                    .is(dossierId).and("choice").is(choice.name())), COLLECTION));
        }
        return counts;
    }

    /** Every marked paper of the session, by id (a random order). */
    public List<Ballot> marked(String sessionId) {
        return mongo.find(Query.query(where("sessionId").is(sessionId).and("choice").ne(null))
                        .with(Sort.by("_id")), Document.class, COLLECTION).stream()
                .map(d -> new Ballot(d.getString("_id"), d.getString("sessionId"), d.getString("dossierId"),
                        BallotChoice.valueOf(d.getString("choice"))))
                .toList();
    }

    private static String randomId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
