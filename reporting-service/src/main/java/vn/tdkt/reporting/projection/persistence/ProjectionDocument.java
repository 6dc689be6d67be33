package vn.tdkt.reporting.projection.persistence;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * One row of a read model: the domain row (in the subclass, field {@code row}), the sequence high-water mark of
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

    private Instant updatedAt;

    protected ProjectionDocument() {
    }

    protected ProjectionDocument(String id) {
        this.id = id;
    }

    public abstract R row();

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
        updatedAt = at;
    }
}
