package vn.tdkt.reporting.projection.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * One row of a read model: the domain row (field {@code row}; the subclass names the collection and the row's
 * type), the sequence high-water mark of
 * every aggregate that fed it ({@code marks}, keyed by {@code SourceAggregate.markKey}) and a version, so that the
 * check "is this event newer than what the row has seen?" and the write happen in one guarded save
 * ({@link RowStore#apply}).
 */
public abstract class ProjectionDocument<R> {

    /** Field path of the domain row, for queries ({@code row.leadUnit}). */
    public static final String ROW = "row.";

    @Id
    private String id;

    @Version
    private Long version;

    private Map<String, Long> marks = new HashMap<>();

    /** The last sequences applied per source ({@value #SEEN}), to tell a repeated event from one out of order. */
    private Map<String, List<Long>> seen = new HashMap<>();

    static final int SEEN = 64;

    private Instant updatedAt;

    private R row;

    protected ProjectionDocument() {
    }

    protected ProjectionDocument(String id, R row) {
        this.id = id;
        this.row = row;
    }

    public R row() {
        return row;
    }

    /** The row after an event: a new value, or the same row changed in place. */
    void row(R next) {
        this.row = next;
    }

    public String getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    public Map<String, Long> getMarks() {
        return marks;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    long markOf(String key) {
        return marks.getOrDefault(key, Long.MIN_VALUE);
    }

    void mark(String key, long sequence, Instant at) {
        marks.put(key, sequence);
        List<Long> recent = seen.computeIfAbsent(key, k -> new ArrayList<>());
        recent.add(sequence);
        if (recent.size() > SEEN) {
            recent.remove(0);
        }
        updatedAt = at;
    }

    /** Whether this sequence of that source was applied before (a redelivery), as far as the row remembers. */
    boolean hasSeen(String key, long sequence) {
        List<Long> recent = seen.get(key);
        // rows written before the row remembered its sequences: an old sequence counts as a repeat
        return recent == null || recent.contains(sequence) || (!recent.isEmpty() && sequence < recent.get(0));
    }

    public Map<String, List<Long>> getSeen() {
        return seen;
    }
}
