package vn.tdkt.nomination.dossier.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Why and until when a dossier was returned for completion (trả lại để bổ sung). */
public record ReturnNote(List<String> reasons, LocalDate completeBy, String returnedBy, Instant returnedAt) {

    public ReturnNote {
        reasons = List.copyOf(reasons);
    }
}
