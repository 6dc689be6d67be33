package vn.tdkt.nomination.council.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.platform.persistence.Indexes;

/**
 * The voter roll (collection {@code council_voter_roll}): WHO voted on which item of which session, never how. One
 * document per member and item, whose {@code _id} is {@code session|item|member}: a second vote by the same member on
 * the same item is a duplicate key, refused by the database itself however many requests race. It carries no time
 * and no reference to any ballot (see {@code SecretBallot} for the whole design).
 */
@Repository
public class VoterRollStore {

    public static final String COLLECTION = "council_voter_roll";

    /** How a member voted on an item, as far as the roll may say: at the meeting, or in writing while absent. */
    public enum Channel { IN_PERSON, WRITTEN }

    public record Entry(String sessionId, String dossierId, String memberId, Channel channel) {
    }

    private final MongoTemplate mongo;

    public VoterRollStore(MongoTemplate mongo) {
        this.mongo = mongo;
        Indexes.ensure(mongo, COLLECTION,
                Indexes.ascending("roll_session_item", "sessionId", "dossierId"),
                Indexes.ascending("roll_session_member", "sessionId", "memberId"));
    }

    /** Enters the member on the roll for the item; false if they are on it already. */
    public boolean enter(String sessionId, String dossierId, String memberId, Channel channel) {
        try {
            mongo.insert(new Document("_id", key(sessionId, dossierId, memberId)).append("sessionId", sessionId)
                    .append("dossierId", dossierId).append("memberId", memberId).append("channel", channel.name()),
                    COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyVoted) {
            return false;
        }
    }

    /** Takes the member off the roll again (their ballot could not be put in the box). */
    public void withdraw(String sessionId, String dossierId, String memberId) {
        mongo.remove(Query.query(where("_id").is(key(sessionId, dossierId, memberId))), COLLECTION);
    }

    public Set<String> itemsVotedBy(String sessionId, String memberId) {
        return mongo.find(Query.query(where("sessionId").is(sessionId).and("memberId").is(memberId)), Document.class,
                COLLECTION).stream().map(d -> d.getString("dossierId")).collect(Collectors.toSet());
    }

    public int voters(String sessionId, String dossierId, Channel channel) {
        return (int) mongo.count(Query.query(where("sessionId").is(sessionId).and("dossierId").is(dossierId)
                .and("channel").is(channel.name())), COLLECTION);
    }

    /** The whole roll of a session, ordered by item and member (not by when anyone voted). */
    public List<Entry> of(String sessionId) {
        return mongo.find(Query.query(where("sessionId").is(sessionId))
                        .with(Sort.by("dossierId", "memberId")), Document.class, COLLECTION).stream()
                .map(d -> new Entry(d.getString("sessionId"), d.getString("dossierId"), d.getString("memberId"),
                        Channel.valueOf(d.getString("channel"))))
                .toList();
    }

    private static String key(String sessionId, String dossierId, String memberId) {
        return sessionId + "|" + dossierId + "|" + memberId;
    }
}
