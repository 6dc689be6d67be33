package vn.tdkt.nomination.fund.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.nomination.fund.application.FundService;
import vn.tdkt.nomination.fund.domain.Fund;
import vn.tdkt.nomination.fund.domain.FundForecast;
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.IfMatch;
import lombok.RequiredArgsConstructor;

@RestController
@Tag(name = "Quỹ thi đua, khen thưởng", description = "The province's yearly fund and its forecast: money committed "
        + "by decisions and implied by open dossiers against the fund less its 20 % reserve (R-FUND-01)")
@RequiredArgsConstructor
public class FundController {

    private final FundService funds;

    /** PUT /funds/{year}. */
    public record FundRequest(@NotNull @PositiveOrZero Long amount, @NotBlank @Size(max = 500) String source,
            @Size(max = 2_000) String note) {
    }

    public record FundView(int year, long amount, String source, String note, String setBy, Instant setAt) {
        static FundView of(Fund f) {
            return f == null ? null : new FundView(f.year(), f.amount(), f.source(), f.note(), f.setBy(), f.setAt());
        }
    }

    public record ReserveView(BigDecimal share, Long amount, String citation, String confidence,
            LocalDate effectiveFrom) {
    }

    public record PaidView(List<String> levels, String citation, String confidence, String note) {
    }

    public record PendingView(long amount, int dossiers, long baseSalary, String baseSalaryCitation,
            List<FundForecast.Line> byAward, Map<String, FundService.PendingByStatus> byStatus) {
    }

    public record ForecastView(int year, FundView fund, ReserveView reserve, Long availableForRewards,
            FundForecast.Money committed, PendingView pending, FundForecast.Money revokedToRecover, long projected,
            Long remaining, boolean overCommitted, PaidView paidByProvince) {

        static ForecastView of(FundService.Forecast f) {
            FundForecast fc = f.forecast();
            return new ForecastView(fc.year(), FundView.of(fc.fund()),
                    new ReserveView(fc.reserve().share(), fc.reserveAmount(), fc.reserve().citation(),
                            fc.reserve().confidence(), fc.reserve().effectiveFrom()),
                    fc.available(), fc.committed(),
                    new PendingView(fc.pending().amount(), fc.pending().count(), f.baseSalary().amount(),
                            f.baseSalary().citation(), fc.pending().byAward(), f.pendingByStatus()),
                    fc.toRecover(), fc.projected(), fc.remaining(), fc.overCommitted(),
                    new PaidView(f.paid().levels().stream().map(Enum::name).sorted().toList(), f.paid().citation(),
                            f.paid().confidence(), f.paid().note()));
        }
    }

    /**
     * Enter or revise the year's provincial fund (Sở Nội vụ); a revision may send If-Match.
     * <p>SNV_OFFICER only (403 otherwise). The first entry of a year creates its fund; a later one replaces the amount,
     * source and note (the fund's {@code ETag} as {@code If-Match} guards against overwriting a change made meanwhile:
     * a stale one answers 412; without it the last entry wins). The amount is in VND and not negative (400
     * {@code fund.amount-negative}); the source (a budget estimate, a People's Council resolution…) is required (400
     * {@code fund.source-required}); the year is between 2000 and 2100. Publishes no event.
     *
     * @param year the fund's year
     * @return the fund as entered, with its {@code ETag}
     */
    @PutMapping("/api/v1/funds/{year}")
    @PreAuthorize(Roles.SNV_OFFICER)
    public ResponseEntity<FundView> enter(TdktPrincipal caller,
            @PathVariable @Min(Fund.MIN_YEAR) @Max(Fund.MAX_YEAR) int year, IfMatch ifMatch,
            @Valid @RequestBody FundRequest request) {
        return ETags.ok(funds.enter(caller, year, ifMatch, request.amount(), request.source(), request.note()),
                FundView::of);
    }

    /**
     * The year's provincial fund as entered.
     * <p>SNV_OFFICER, LEADER and ADMIN (403 otherwise). A year without an entered fund answers 404
     * {@code fund.not-found}.
     *
     * @param year the fund's year
     * @return the fund with who set it and when, and its {@code ETag}
     */
    @GetMapping("/api/v1/funds/{year}")
    @PreAuthorize(Roles.SNV_LEADER_OR_ADMIN)
    public ResponseEntity<FundView> get(TdktPrincipal caller,
            @PathVariable @Min(Fund.MIN_YEAR) @Max(Fund.MAX_YEAR) int year) {
        return ETags.ok(funds.get(caller, year), FundView::of);
    }

    /**
     * The year's fund forecast: committed by decisions dated in the year, implied by the year's open dossiers at
     * today's base salary, against the fund less its reserve (R-FUND-01).
     * <p>SNV_OFFICER, LEADER and ADMIN (403 otherwise); nothing is stored. Committed: the money of the register's
     * awards decided in the year at levels the province pays ({@code fund-policy.yaml}); money of awards revoked since
     * is shown apart, as to recover. Pending: the year's open proposals (submitted, under appraisal, returned,
     * appraised eligible) not yet in a decision or tờ trình, priced at today's base salary, by award and by state. Both
     * are set against the fund less its reserve for organising costs (the reserve share and its citation are given);
     * {@code overCommitted} says the projection exceeds what is available. Without an entered fund, the fund, available
     * and remaining amounts are {@code null}. A year out of range answers 400 {@code fund.year-out-of-range}.
     *
     * @param year the fund's year
     * @return the forecast with its parts, sources and the base salary used
     */
    @GetMapping("/api/v1/fund-forecast")
    @PreAuthorize(Roles.SNV_LEADER_OR_ADMIN)
    public ForecastView forecast(TdktPrincipal caller,
            @RequestParam @Min(Fund.MIN_YEAR) @Max(Fund.MAX_YEAR) int year) {
        return ForecastView.of(funds.forecast(caller, year));
    }
}
