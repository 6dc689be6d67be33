package vn.tdkt.reporting.scoring.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.reporting.access.Access;
import vn.tdkt.reporting.projection.application.UnitNames;
import vn.tdkt.reporting.scoring.application.ScoreSheetService;
import vn.tdkt.reporting.scoring.domain.ScoreSheet;
import vn.tdkt.reporting.scoring.web.ScoringViews.RankingView;

/** The ranks of each cụm/khối for a year (the rank-1 unit may be proposed for the Cờ thi đua, R-COT-01). */
@RestController
@RequestMapping("/api/v1/cluster-rankings")
@PreAuthorize(Access.READERS)
public class ClusterRankingController {

    private final ScoreSheetService sheets;
    private final UnitNames unitNames;

    public ClusterRankingController(ScoreSheetService sheets, UnitNames unitNames) {
        this.sheets = sheets;
        this.unitNames = unitNames;
    }

    @GetMapping
    public List<RankingView> list(TdktPrincipal caller, @RequestParam(required = false) Integer year) {
        Function<String, String> names = unitNames.lookup();
        return sheets.ranked(caller, year).stream().map(sheet -> RankingView.of(sheet, names)).toList();
    }

    @GetMapping("/{sheetId}")
    public RankingView get(TdktPrincipal caller, @PathVariable String sheetId) {
        ScoreSheet sheet = sheets.get(caller, sheetId).value();
        if (sheet.ranks().isEmpty()) {
            throw DomainException.notFound("scoring.not-ranked", sheetId);
        }
        return RankingView.of(sheet, unitNames.lookup());
    }
}
