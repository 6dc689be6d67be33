package vn.tdkt.reporting.scoring.application;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.tdkt.reporting.scoring.domain.Criterion;
import vn.tdkt.reporting.scoring.domain.TieBreakRule;
import vn.tdkt.reporting.support.DataFiles;

/** The default score-sheet criteria and the tie-break rule, as data ({@code scoring/*.yml}). */
@Component
public class ScoringData {

    record CriteriaData(String source, String status, List<Criterion> criteria) {
    }

    private final List<Criterion> defaultCriteria;
    private final TieBreakRule tieBreak;

    public ScoringData() {
        this.defaultCriteria = DataFiles.read("scoring/criteria-default.yml", CriteriaData.class).criteria();
        this.tieBreak = DataFiles.read("scoring/tie-break.yml", TieBreakRule.class);
    }

    public List<Criterion> defaultCriteria() {
        return defaultCriteria;
    }

    public TieBreakRule tieBreak() {
        return tieBreak;
    }
}
