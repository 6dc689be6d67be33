package vn.tdkt.contracts.reporting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A member unit's score in a cluster or block (cụm, khối thi đua) score sheet changed: automatic scores from evidence, manual scores of the cluster head, or cross-scores.
 *
 * @param sheetId the score sheet of one cluster and year
 */
public record ClusterScored(
        @NotBlank String sheetId,
        @NotBlank String clusterId,
        @NotBlank String clusterCode,
        int year,
        @NotBlank String unitCode,
        double total,
        @NotNull @Valid List<CriterionScore> criteria) implements ScoreSheetEvent {

    public record CriterionScore(
            @NotBlank String code,
            @NotBlank String title,
            double weight,
            double score,
            @NotBlank String source) {
    }
}
