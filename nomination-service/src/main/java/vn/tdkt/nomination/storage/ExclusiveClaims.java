package vn.tdkt.nomination.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Keys (dossiers, awards) that one holder at a time may take (a decision, a revocation): one document per key, keyed
 * by it, so two holders racing for the same key cannot both take it — the second insert is a duplicate key. Without
 * transactions a claim is written before its holder; a claim whose holder never got written is found by its age
 * ({@link #releaseAbandoned}) and released by the holder's completion job.
 *
 * <p>A claim is stored as {@code {_id: key, <holderField>: holder, at: when}}; the holder's field keeps the name of
 * what holds it ({@code decisionId}, {@code revocationId}).
 */
public final class ExclusiveClaims {

    private static final String KEY = "_id";
    private static final String AT = "at";

    private final MongoTemplate mongo;
    private final String collection;
    private final String holderField;

    public ExclusiveClaims(MongoTemplate mongo, String collection, String holderField) {
        this.mongo = mongo;
        this.collection = collection;
        this.holderField = holderField;
    }

    /**
     * Takes every key for {@code holder}, or none. A key the holder took already counts as taken (a retry).
     *
     * @return the keys another holder has already (empty: all taken); on a clash the keys this call had taken are
     *         given back
     */
    public List<String> claim(Collection<String> keys, String holder, Instant now) {
        List<String> taken = new ArrayList<>();
        List<String> clashes = new ArrayList<>();
        for (String key : keys) {
            try {
                mongo.insert(new Document(KEY, key).append(holderField, holder).append(AT, now), collection);
                taken.add(key);
            } catch (DuplicateKeyException e) {
                Document existing = mongo.findById(key, Document.class, collection);
                if (existing != null && holder.equals(existing.getString(holderField))) {
                    taken.add(key);
                } else {
                    clashes.add(key);
                }
            }
        }
        if (!clashes.isEmpty()) {
            mongo.remove(Query.query(where(KEY).in(taken).and(holderField).is(holder)), collection);
        }
        return clashes;
    }

    /** Gives back every key {@code holder} took. */
    public void release(String holder) {
        mongo.remove(Query.query(where(holderField).is(holder)), collection);
    }

    /** Which holder has each of these keys; a key nobody holds is absent. */
    public Map<String, String> holders(Collection<String> keys) {
        return mongo.find(Query.query(where(KEY).in(keys)), Document.class, collection).stream()
                .collect(Collectors.toMap(claim -> claim.getString(KEY), claim -> claim.getString(holderField)));
    }

    /**
     * Releases the claims taken before {@code before} whose holder was never written (its writer stopped between the
     * claim and the holder's insert). Younger claims are left to their writer, which may still be at it.
     *
     * @param holderWritten whether a holder was written
     * @return the released keys by holder
     */
    public Map<String, List<String>> releaseAbandoned(Instant before, Predicate<String> holderWritten) {
        Map<String, List<String>> released = new LinkedHashMap<>();
        olderThan(before).forEach((holder, keys) -> {
            if (!holderWritten.test(holder)) {
                release(holder);
                released.put(holder, keys);
            }
        });
        return released;
    }

    /** Claims older than {@code before}: each holder with the keys it took. */
    private Map<String, List<String>> olderThan(Instant before) {
        return mongo.find(Query.query(where(AT).lt(before)), Document.class, collection).stream()
                .collect(Collectors.groupingBy(claim -> claim.getString(holderField),
                        Collectors.mapping(claim -> claim.getString(KEY), Collectors.toList())));
    }
}
