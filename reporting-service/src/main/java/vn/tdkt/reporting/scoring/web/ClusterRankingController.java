package vn.tdkt.reporting.scoring.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.function.Function;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.reporting.projection.application.UnitNames;
import vn.tdkt.reporting.scoring.application.ScoreSheetService;
import vn.tdkt.reporting.scoring.domain.ScoreSheet;
import vn.tdkt.reporting.scoring.web.ScoringViews.RankingView;
import lombok.RequiredArgsConstructor;

/** The ranks of each cụm/khối for a year (the rank-1 unit may be proposed for the Cờ thi đua, R-COT-01). */
@Tag(name = "Xếp hạng cụm, khối (cluster rankings)", description = "Kết quả xếp hạng của từng cụm, khối theo năm; đơn "
        + "vị xếp thứ nhất có thể được đề nghị tặng Cờ thi đua (R-COT-01). — The ranks of each cluster per year; the "
        + "rank-1 unit may be proposed for the Cờ thi đua (R-COT-01).")
@RestController
@RequestMapping("/api/v1/cluster-rankings")
@PreAuthorize(Roles.ANY)
@RequiredArgsConstructor
public class ClusterRankingController {

    private final ScoreSheetService sheets;
    private final UnitNames unitNames;

    /**
     * Lists the ranked clusters.
     * <p>Province-wide readers see all; a unit officer the clusters their unit belongs to. Only sheets that have been
     * ranked appear; one reopened for corrections shows its last ranking with {@code status} {@code OPEN} ("Đang chấm
     * điểm") until it is ranked again.
     *
     * @param year only this year's rankings
     * @return each cluster with its members' ranks, totals and names
     */
    @GetMapping
    public List<RankingView> list(TdktPrincipal caller, @RequestParam(required = false) Integer year) {
        Function<String, String> names = unitNames.lookup();
        return sheets.ranked(caller, year).stream().map(sheet -> RankingView.of(sheet, names)).toList();
    }

    /**
     * Reads one cluster's ranking.
     * <p>Readable as in the list; a sheet not ranked yet answers 404 {@code scoring.not-ranked}.
     *
     * @param sheetId the score sheet id
     * @return the ranking
     */
    @GetMapping("/{sheetId}")
    public RankingView get(TdktPrincipal caller, @PathVariable String sheetId) {
        ScoreSheet sheet = sheets.get(caller, sheetId).value();
        if (sheet.ranks().isEmpty()) {
            throw DomainException.notFound("scoring.not-ranked", sheetId);
        }
        return RankingView.of(sheet, unitNames.lookup());
    }
}
