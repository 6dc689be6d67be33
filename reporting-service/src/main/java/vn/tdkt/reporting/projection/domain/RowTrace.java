package vn.tdkt.reporting.projection.domain;

import java.time.Instant;
import java.util.Map;

/**
 * How far a read-model row has followed its sources: the last sequence applied per source aggregate (its mark key,
 * e.g. {@code dossier:<id>}) and when it last changed. Lets a caller check, from outside, that every event reached
 * the row (the fault suite and the load benchmark do).
 */
public record RowTrace(Map<String, Long> marks, Instant updatedAt) {

    public RowTrace {
        marks = Map.copyOf(marks);
    }
}
