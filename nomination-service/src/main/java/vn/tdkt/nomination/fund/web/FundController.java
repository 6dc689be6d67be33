package vn.tdkt.nomination.fund.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.IfMatch;

@RestController
@Tag(name = "Quỹ thi đua, khen thưởng", description = "The province's yearly fund and its forecast: money committed "
        + "by decisions and implied by open dossiers against the fund less its 20 % reserve (R-FUND-01)")
public class FundController {

    private static final String READERS = "hasAnyRole('SNV_OFFICER','LEADER','ADMIN')";

    private final FundService funds;

    public FundController(FundService funds) {
        this.funds = funds;
    }

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

    @PutMapping("/api/v1/funds/{year}")
    @PreAuthorize("hasRole('SNV_OFFICER')")
    @Operation(summary = "Enter or revise the year's provincial fund (Sở Nội vụ); a revision may send If-Match")
    public ResponseEntity<FundView> enter(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable @Min(Fund.MIN_YEAR) @Max(Fund.MAX_YEAR) int year, IfMatch ifMatch,
            @Valid @RequestBody FundRequest request) {
        return ETags.ok(funds.enter(caller, year, ifMatch, request.amount(), request.source(), request.note()),
                FundView::of);
    }

    @GetMapping("/api/v1/funds/{year}")
    @PreAuthorize(READERS)
    @Operation(summary = "The year's provincial fund as entered")
    public ResponseEntity<FundView> get(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable @Min(Fund.MIN_YEAR) @Max(Fund.MAX_YEAR) int year) {
        return ETags.ok(funds.get(caller, year), FundView::of);
    }

    @GetMapping("/api/v1/fund-forecast")
    @PreAuthorize(READERS)
    @Operation(summary = "The year's fund forecast: committed by decisions dated in the year, implied by the year's "
            + "open dossiers at today's base salary, against the fund less its reserve (R-FUND-01)")
    public ForecastView forecast(@Parameter(hidden = true) TdktPrincipal caller,
            @RequestParam @Min(Fund.MIN_YEAR) @Max(Fund.MAX_YEAR) int year) {
        return ForecastView.of(funds.forecast(caller, year));
    }
}
