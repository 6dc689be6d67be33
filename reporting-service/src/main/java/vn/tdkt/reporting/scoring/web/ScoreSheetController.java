package vn.tdkt.reporting.scoring.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.IfMatch;
import vn.tdkt.reporting.access.Access;
import vn.tdkt.reporting.projection.application.UnitNames;
import vn.tdkt.reporting.scoring.application.ScoreSheetService;
import vn.tdkt.reporting.scoring.domain.Criterion;
import vn.tdkt.reporting.scoring.domain.ScoreSheet;
import vn.tdkt.reporting.scoring.web.ScoringViews.SheetView;

/** Score sheets of the cụm/khối thi đua per year: criteria, automatic, manual and cross scores, women ratios, rank. */
@RestController
@RequestMapping("/api/v1/score-sheets")
@PreAuthorize(Access.READERS)
public class ScoreSheetController {

    private final ScoreSheetService sheets;
    private final UnitNames unitNames;

    public ScoreSheetController(ScoreSheetService sheets, UnitNames unitNames) {
        this.sheets = sheets;
        this.unitNames = unitNames;
    }

    /** @param criteria the cluster's own criteria; omitted: the default of {@code scoring/criteria-default.yml} */
    public record OpenRequest(@NotBlank String clusterId, @Valid List<Criterion> criteria) {
    }

    public record ScoreRequest(@NotBlank String unitCode, @NotBlank String criterionCode, @NotNull Double score,
            String justification) {
    }

    /** @param womenRatio share of women in the collective, 0 to 1 (R-GEN-08 compares it with 0.70) */
    public record WomenRatioRequest(@NotNull Double womenRatio) {
    }

    private Function<ScoreSheet, SheetView> view() {
        return SheetView.of(unitNames.lookup());
    }

    @PostMapping
    public ResponseEntity<SheetView> open(TdktPrincipal caller, @Valid @RequestBody OpenRequest request) {
        Versioned<ScoreSheet> opened = sheets.open(caller, request.clusterId(), request.criteria());
        return ETags.created(URI.create("/api/v1/score-sheets/" + opened.value().id()), opened, view());
    }

    @GetMapping
    public List<SheetView> list(TdktPrincipal caller, @RequestParam(required = false) Integer year) {
        Function<ScoreSheet, SheetView> view = view();
        return sheets.list(caller, year).stream().map(s -> view.apply(s.value())).toList();
    }

    @GetMapping("/{id}")
    public ResponseEntity<SheetView> get(TdktPrincipal caller, @PathVariable String id) {
        return ETags.ok(sheets.get(caller, id), view());
    }

    @PutMapping("/{id}/criteria")
    public ResponseEntity<SheetView> criteria(TdktPrincipal caller, IfMatch ifMatch, @PathVariable String id,
            @NotEmpty @RequestBody List<@Valid Criterion> criteria) {
        return ETags.ok(sheets.setCriteria(caller, id, criteria, ifMatch), view());
    }

    /** Computes every automatic criterion from the evidence of the year (tasks, reports, movements). */
    @PostMapping("/{id}/automatic-scores")
    public ResponseEntity<SheetView> automatic(TdktPrincipal caller, IfMatch ifMatch, @PathVariable String id) {
        return ETags.ok(sheets.scoreAutomatically(caller, id, ifMatch), view());
    }

    @PutMapping("/{id}/scores")
    public ResponseEntity<SheetView> manual(TdktPrincipal caller, IfMatch ifMatch, @PathVariable String id,
            @Valid @RequestBody ScoreRequest request) {
        return ETags.ok(sheets.scoreManually(caller, id, request.unitCode(), request.criterionCode(), request.score(),
                request.justification(), ifMatch), view());
    }

    /** The caller's unit scores another member ({@code unitCode}) on a cross-scored criterion. */
    @PostMapping("/{id}/cross-scores")
    public ResponseEntity<SheetView> cross(TdktPrincipal caller, IfMatch ifMatch, @PathVariable String id,
            @Valid @RequestBody ScoreRequest request) {
        return ETags.ok(sheets.crossScore(caller, id, request.unitCode(), request.criterionCode(), request.score(),
                request.justification(), ifMatch), view());
    }

    @PutMapping("/{id}/members/{unitCode}/women-ratio")
    public ResponseEntity<SheetView> womenRatio(TdktPrincipal caller, IfMatch ifMatch, @PathVariable String id,
            @PathVariable String unitCode, @Valid @RequestBody WomenRatioRequest request) {
        return ETags.ok(sheets.setWomenRatio(caller, id, unitCode, request.womenRatio(), ifMatch), view());
    }

    @PostMapping("/{id}/rank")
    public ResponseEntity<SheetView> rank(TdktPrincipal caller, IfMatch ifMatch, @PathVariable String id) {
        return ETags.ok(sheets.rank(caller, id, ifMatch), view());
    }

    /** Opens a ranked sheet again for corrections; the next ranking replaces the previous one. */
    @PostMapping("/{id}/reopen")
    public ResponseEntity<SheetView> reopen(TdktPrincipal caller, IfMatch ifMatch, @PathVariable String id) {
        return ETags.ok(sheets.reopen(caller, id, ifMatch), view());
    }
}
