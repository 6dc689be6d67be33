package vn.tdkt.nomination.fund.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.tdkt.nomination.catalogue.application.CatalogueService;
import vn.tdkt.nomination.catalogue.domain.AwardCatalogue;
import vn.tdkt.nomination.catalogue.domain.AwardForm;
import vn.tdkt.nomination.catalogue.domain.BaseSalary;
import vn.tdkt.nomination.decision.application.DecisionService;
import vn.tdkt.nomination.dossier.application.DossierService;
import vn.tdkt.nomination.dossier.domain.Dossier;
import vn.tdkt.nomination.fund.domain.Fund;
import vn.tdkt.nomination.fund.domain.FundForecast;
import vn.tdkt.nomination.fund.domain.FundPolicy;
import vn.tdkt.nomination.fund.persistence.FundStore;
import vn.tdkt.nomination.register.application.RegisterService;
import vn.tdkt.nomination.register.domain.AwardRecord;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;
import lombok.RequiredArgsConstructor;

/**
 * The provincial fund of a year (entered by the Sở Nội vụ) and its forecast (R-FUND-01): the money decisions dated in
 * the year committed, from the register (the awards the province pays, by deciding level, {@code fund-policy.yaml}),
 * and the money the year's open proposals — submitted, under appraisal, returned, appraised eligible and not yet in a
 * decision — would take at today's base salary, against the fund less its reserve for organising costs.
 */
@Service
@RequiredArgsConstructor
public class FundService {

    private final FundStore store;
    private final RegisterService register;
    private final DossierService dossiers;
    private final DecisionService decisions;
    private final CatalogueService catalogues;
    private final FundPolicy policy = FundPolicy.bundled();
    private final Clock clock;

    /** A forecast with the base salary its open proposals were priced at. */
    public record Forecast(FundForecast forecast, BaseSalary baseSalary, FundPolicy.Paid paid,
            Map<String, PendingByStatus> pendingByStatus) {
    }

    /** Open proposals of one state and their money. */
    public record PendingByStatus(String label, int count, long amount) {
    }

    /** Enters or revises the year's fund (Sở Nội vụ); a revision may send If-Match. */
    public Versioned<Fund> enter(TdktPrincipal caller, int year, VersionPrecondition expected, long amount,
            String source, String note) {
        caller.requireAnyRole(TdktRole.SNV_OFFICER);
        if (store.find(Fund.idOf(year)).isEmpty()) {
            try {
                return store.insert(Fund.enter(year, amount, source, note, caller.subject(), clock.instant()));
            } catch (DuplicateKeyException e) {
                // entered by another request meanwhile: revise it below, under the caller's precondition
            }
        }
        return store.update(Fund.idOf(year), expected, f -> f.change(amount, source, note, caller.subject(),
                clock.instant()));
    }

    public Versioned<Fund> get(TdktPrincipal caller, int year) {
        requireReader(caller);
        return store.find(Fund.idOf(year)).orElseThrow(() -> DomainException.notFound("fund.not-found", year));
    }

    public Forecast forecast(TdktPrincipal caller, int year) {
        requireReader(caller);
        if (year < Fund.MIN_YEAR || year > Fund.MAX_YEAR) {
            throw DomainException.invalid("fund.year-out-of-range", year, Fund.MIN_YEAR, Fund.MAX_YEAR);
        }
        Fund fund = store.find(Fund.idOf(year)).map(Versioned::value).orElse(null);
        List<FundForecast.Item> committed = new ArrayList<>();
        List<FundForecast.Item> toRecover = new ArrayList<>();
        for (AwardRecord award : register.decidedIn(year)) {
            if (award.money() == null || !policy.paidByProvince(award.decision().authority().decisionLevel())) {
                continue;
            }
            FundForecast.Item item = new FundForecast.Item(award.awardCode(), award.awardName(),
                    award.money().amount());
            (award.active() ? committed : toRecover).add(item);
        }
        LocalDate today = LocalDate.now(clock);
        AwardCatalogue catalogue = catalogues.inForceOn(today);
        List<Dossier> open = dossiers.openProposals(year);
        Set<String> taken = decisions.taken(open.stream().map(Dossier::id).toList());
        List<FundForecast.Item> pending = new ArrayList<>();
        Map<String, PendingByStatus> byStatus = new java.util.LinkedHashMap<>();
        for (Dossier dossier : open) {
            if (taken.contains(dossier.id())) {
                continue;
            }
            Optional<AwardForm> award = catalogue.find(dossier.proposal().awardCode());
            if (award.isEmpty() || !policy.paidByProvince(award.get().decisionLevel())
                    || award.get().coefficientFor(dossier.subject().type()).isEmpty()) {
                continue;
            }
            long amount = catalogues.rewardAmount(award.get().code(), dossier.subject().type(), today);
            pending.add(new FundForecast.Item(award.get().code(), award.get().name(), amount));
            byStatus.merge(dossier.status().name(), new PendingByStatus(dossier.status().label(), 1, amount),
                    (a, b) -> new PendingByStatus(a.label(), a.count() + b.count(), a.amount() + b.amount()));
        }
        return new Forecast(FundForecast.of(year, fund, policy.reserveOn(LocalDate.of(year, 12, 31)), committed,
                pending, toRecover), catalogues.baseSalaryOn(today), policy.paid(), byStatus);
    }

    private static void requireReader(TdktPrincipal caller) {
        caller.requireAnyRole(TdktRole.SNV_OFFICER, TdktRole.LEADER, TdktRole.ADMIN);
    }
}
