package vn.tdkt.reporting.scoring.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.IfMatch;
import vn.tdkt.reporting.projection.application.UnitNames;
import vn.tdkt.reporting.scoring.application.ScoreSheetService;
import vn.tdkt.reporting.scoring.domain.Criterion;
import vn.tdkt.reporting.scoring.domain.ScoreSheet;
import vn.tdkt.reporting.scoring.web.ScoringViews.SheetView;
import lombok.RequiredArgsConstructor;

/** Score sheets of the cụm/khối thi đua per year: criteria, automatic, manual and cross scores, women ratios, rank. */
@Tag(name = "Chấm điểm cụm, khối (score sheets)", description = "Bảng chấm điểm thi đua của từng cụm, khối theo năm: "
        + "tiêu chí, điểm tự động từ minh chứng, điểm chấm của trưởng cụm, điểm chấm chéo, tỷ lệ nữ và xếp hạng "
        + "(R-GEN-08). — Each cluster's score sheet per year: criteria, automatic scores from evidence, the head's "
        + "manual scores, cross scores, women ratios and the ranking.")
@RestController
@RequestMapping("/api/v1/score-sheets")
@PreAuthorize(Roles.ANY)
@RequiredArgsConstructor
public class ScoreSheetController {

    private final ScoreSheetService sheets;
    private final UnitNames unitNames;

    /**
     * The sheet to open.
     *
     * @param clusterId the cluster (plan-service's id, from {@code cluster-formed})
     * @param criteria  the cluster's own criteria; omitted: the default of {@code scoring/criteria-default.yml}
     */
    public record OpenRequest(@NotBlank String clusterId, @Valid List<Criterion> criteria) {
    }

    /**
     * A member's score on one criterion.
     *
     * @param unitCode      the member scored
     * @param criterionCode the criterion
     * @param score         the score, within the criterion's range
     * @param justification why (required for a manual score)
     */
    public record ScoreRequest(@NotBlank @Schema(example = "SYT") String unitCode,
            @NotBlank @Schema(example = "REFORM_DIGITAL") String criterionCode,
            @NotNull @Schema(example = "8.5") Double score,
            @Schema(example = "Hoàn thành 100% thủ tục hành chính trực tuyến toàn trình") String justification) {
    }

    /** @param womenRatio share of women in the collective, 0 to 1 (R-GEN-08 compares it with 0.70) */
    public record WomenRatioRequest(@NotNull @Schema(example = "0.72") Double womenRatio) {
    }

    private Function<ScoreSheet, SheetView> view() {
        return SheetView.of(unitNames.lookup());
    }

    /**
     * Opens the score sheet of a cluster for its year.
     * <p>The head unit's officer (trưởng cụm/khối), SNV_OFFICER or ADMIN (another member: 403
     * {@code scoring.head-only}; a cluster the caller's unit is not in: 400 {@code scoring.cluster-unknown}). The
     * cluster comes from plan-service's {@code cluster-formed}. Without criteria, the default set applies
     * ({@code scoring/criteria-default.yml}: automatic, manual and cross-scored criteria). One sheet per cluster: a
     * second answers 409 {@code scoring.sheet-exists}.
     *
     * @return 201 with the sheet, its {@code Location} and {@code ETag}
     */
    @PreAuthorize(Roles.UNIT_SNV_OR_ADMIN)
    @PostMapping
    public ResponseEntity<SheetView> open(TdktPrincipal caller, @Valid @RequestBody OpenRequest request) {
        Versioned<ScoreSheet> opened = sheets.open(caller, request.clusterId(), request.criteria());
        return ETags.created(URI.create("/api/v1/score-sheets/" + opened.value().id()), opened, view());
    }

    /**
     * Lists score sheets.
     * <p>Province-wide readers see all; a unit officer the sheets of clusters their unit belongs to.
     *
     * @param year only the sheets of this year
     * @return the sheets with their members, criteria and scores
     */
    @GetMapping
    public List<SheetView> list(TdktPrincipal caller, @RequestParam(required = false) Integer year) {
        Function<ScoreSheet, SheetView> view = view();
        return sheets.list(caller, year).stream().map(s -> view.apply(s.value())).toList();
    }

    /**
     * Reads one score sheet.
     * <p>Readable as in the list; another cluster's sheet answers 404. The {@code ETag} is the version for the next
     * change.
     *
     * @param id the sheet id
     * @return the sheet
     */
    @GetMapping("/{id}")
    public ResponseEntity<SheetView> get(TdktPrincipal caller, @PathVariable String id) {
        return ETags.ok(sheets.get(caller, id), view());
    }

    /**
     * Replaces the sheet's criteria.
     * <p>The head unit's officer, SNV_OFFICER or ADMIN, with {@code If-Match}. Weights must be valid and codes unique;
     * a ranked sheet answers 409 {@code scoring.sheet-ranked} (reopen it first).
     *
     * @param id the sheet id
     * @return the sheet with its new criteria and {@code ETag}
     */
    @PreAuthorize(Roles.UNIT_SNV_OR_ADMIN)
    @PutMapping("/{id}/criteria")
    public ResponseEntity<SheetView> criteria(TdktPrincipal caller, IfMatch ifMatch, @PathVariable String id,
            @NotEmpty @RequestBody List<@Valid Criterion> criteria) {
        return ETags.ok(sheets.setCriteria(caller, id, criteria, ifMatch), view());
    }

    /**
     * Computes every automatic criterion from the year's evidence.
     * <p>The head unit's officer, SNV_OFFICER or ADMIN, with {@code If-Match}. Tasks the unit led done on time, reports
     * on time with every figure, movements with an approved registration: each score keeps the events behind it.
     * Publishes {@code cluster-scored} for each member whose scores changed.
     *
     * @param id the sheet id
     * @return the sheet with its automatic scores and new {@code ETag}
     */
    @PreAuthorize(Roles.UNIT_SNV_OR_ADMIN)
    @PostMapping("/{id}/automatic-scores")
    public ResponseEntity<SheetView> automatic(TdktPrincipal caller, IfMatch ifMatch, @PathVariable String id) {
        return ETags.ok(sheets.scoreAutomatically(caller, id, ifMatch), view());
    }

    /**
     * Scores a member on a manual criterion.
     * <p>The head unit's officer, SNV_OFFICER or ADMIN, with {@code If-Match}. The score must be within the criterion's
     * range and carry a justification (400 {@code scoring.justification-missing}); the criterion must be manual (400
     * {@code scoring.not-manual}).
     *
     * @param id the sheet id
     * @return the sheet with the score and its new {@code ETag}
     */
    @PreAuthorize(Roles.UNIT_SNV_OR_ADMIN)
    @PutMapping("/{id}/scores")
    public ResponseEntity<SheetView> manual(TdktPrincipal caller, IfMatch ifMatch, @PathVariable String id,
            @Valid @RequestBody ScoreRequest request) {
        return ETags.ok(sheets.scoreManually(caller, id, request.unitCode(), request.criterionCode(), request.score(),
                request.justification(), ifMatch), view());
    }

    /**
     * Scores another member on a cross-scored criterion.
     * <p>A member unit's officer, for another member (not itself: 400 {@code scoring.cross-self}); anyone else 403
     * {@code scoring.member-only}. The criterion's score is the mean of the other members' scores.
     *
     * @param id the sheet id
     * @return the sheet with the cross score and its new {@code ETag}
     */
    @PreAuthorize(Roles.UNIT_OFFICER)
    @PostMapping("/{id}/cross-scores")
    public ResponseEntity<SheetView> cross(TdktPrincipal caller, IfMatch ifMatch, @PathVariable String id,
            @Valid @RequestBody ScoreRequest request) {
        return ETags.ok(sheets.crossScore(caller, id, request.unitCode(), request.criterionCode(), request.score(),
                request.justification(), ifMatch), view());
    }

    /**
     * Sets a member's share of women.
     * <p>The head unit's officer, SNV_OFFICER or ADMIN, with {@code If-Match}. No event carries it, so the head enters
     * it: a share from 0 to 1 (400 {@code scoring.women-ratio-invalid}). Equal totals are separated by it (R-GEN-08:
     * collectives with at least 70 % women first).
     *
     * @param id       the sheet id
     * @param unitCode the member unit
     * @return the sheet with the ratio and its new {@code ETag}
     */
    @PreAuthorize(Roles.UNIT_SNV_OR_ADMIN)
    @PutMapping("/{id}/members/{unitCode}/women-ratio")
    public ResponseEntity<SheetView> womenRatio(TdktPrincipal caller, IfMatch ifMatch, @PathVariable String id,
            @PathVariable String unitCode, @Valid @RequestBody WomenRatioRequest request) {
        return ETags.ok(sheets.setWomenRatio(caller, id, unitCode, request.womenRatio(), ifMatch), view());
    }

    /**
     * Ranks the members by total score.
     * <p>The head unit's officer, SNV_OFFICER or ADMIN, with {@code If-Match}. Equal totals are separated by R-GEN-08
     * ({@code scoring/tie-break.yml}); members still equal share the rank. Publishes {@code cluster-ranked}: the rank-1
     * unit may then be proposed for the Cờ thi đua (R-COT-01).
     *
     * @param id the sheet id
     * @return the ranked sheet with its new {@code ETag}
     */
    @PreAuthorize(Roles.UNIT_SNV_OR_ADMIN)
    @PostMapping("/{id}/rank")
    public ResponseEntity<SheetView> rank(TdktPrincipal caller, IfMatch ifMatch, @PathVariable String id) {
        return ETags.ok(sheets.rank(caller, id, ifMatch), view());
    }

    /**
     * Reopens a ranked sheet for corrections.
     * <p>The head unit's officer, SNV_OFFICER or ADMIN, with {@code If-Match}; a sheet not ranked answers 409
     * {@code scoring.not-ranked}. The next ranking replaces the previous one.
     *
     * @param id the sheet id
     * @return the reopened sheet with its new {@code ETag}
     */
    @PreAuthorize(Roles.UNIT_SNV_OR_ADMIN)
    @PostMapping("/{id}/reopen")
    public ResponseEntity<SheetView> reopen(TdktPrincipal caller, IfMatch ifMatch, @PathVariable String id) {
        return ETags.ok(sheets.reopen(caller, id, ifMatch), view());
    }
}
