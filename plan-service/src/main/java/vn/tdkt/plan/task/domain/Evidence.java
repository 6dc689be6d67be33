package vn.tdkt.plan.task.domain;

import java.time.Instant;
import java.util.Objects;

/** Proof of completion given when a task is marked done. */
public record Evidence(EvidenceKind kind, String reference, String note, String recordedBy, Instant recordedAt) {

    public Evidence {
        Objects.requireNonNull(kind, "kind");
    }
}
