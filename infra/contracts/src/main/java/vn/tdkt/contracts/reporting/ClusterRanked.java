package vn.tdkt.contracts.reporting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/**
 * A cluster or block was ranked for a year, ties broken by R-GEN-08 (NĐ 152/2025 Điều 4 k6). The rank-1 unit may be proposed for the Cờ thi đua of the province (R-COT-01).
 */
public record ClusterRanked(
        @NotBlank String sheetId,
        @NotBlank String clusterId,
        @NotBlank String clusterCode,
        int year,
        @NotNull @Valid List<Rank> ranks,
        @NotNull Instant rankedAt,
        @NotBlank String rankedBy) implements ScoreSheetEvent {

    public record Rank(
            @NotBlank String unitCode,
            int rank,
            double total,
            String tieBreak) {
    }
}
