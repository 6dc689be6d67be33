package vn.tdkt.nomination.dossier.application;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code tdkt.nomination.dossier.*}.
 *
 * @param maxDocumentSize          largest accepted document (default 20 MB); larger uploads answer 413
 * @param submissionBlockingRules  rules whose failure refuses a submission (documents, holds, duplicates, unit,
 *                                 quotas, windows, deadlines): the rest of the law is judged at appraisal
 * @param appraisalBlockingRules   rules whose failure suspends appraisal (an active hold, a duplicate, a dissolved
 *                                 unit): the officer can neither conclude nor override until they clear
 */
@ConfigurationProperties("tdkt.nomination.dossier")
public record DossierProperties(DataSize maxDocumentSize, List<String> submissionBlockingRules,
        List<String> appraisalBlockingRules) {

    public DossierProperties {
        maxDocumentSize = maxDocumentSize == null ? DataSize.ofMegabytes(20) : maxDocumentSize;
        submissionBlockingRules = submissionBlockingRules == null ? List.of("R-GEN-01", "R-GEN-02", "R-GEN-05",
                "R-GEN-10", "R-DOS-01", "R-DOS-03", "R-CSCS-03", "R-DL-01", "R-DL-03") : List.copyOf(submissionBlockingRules);
        appraisalBlockingRules = appraisalBlockingRules == null ? List.of("R-GEN-01", "R-GEN-02", "R-GEN-05",
                "R-GEN-10") : List.copyOf(appraisalBlockingRules);
    }
}
