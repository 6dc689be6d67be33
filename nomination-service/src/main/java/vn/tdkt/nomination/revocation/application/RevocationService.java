package vn.tdkt.nomination.revocation.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.tdkt.nomination.catalogue.application.CatalogueService;
import vn.tdkt.nomination.catalogue.domain.AwardKind;
import vn.tdkt.nomination.decision.domain.DecisionAct;
import vn.tdkt.nomination.register.application.PrerequisiteAnalysis;
import vn.tdkt.nomination.register.application.RegisterService;
import vn.tdkt.nomination.register.domain.AwardRecord;
import vn.tdkt.nomination.register.domain.DecidingAuthority;
import vn.tdkt.nomination.register.domain.RevocationTrigger;
import vn.tdkt.nomination.revocation.domain.Revocation;
import vn.tdkt.nomination.revocation.domain.RevocationLaw;
import vn.tdkt.nomination.revocation.persistence.RevocationStore;
import vn.tdkt.nomination.rules.application.RuleResult;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Ids;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;
import vn.tdkt.platform.security.UnitScope;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import lombok.RequiredArgsConstructor;

/**
 * Revocation of awards (R-REV-01/02), prepared by the Sở Nội vụ. For a trigger of Luật Điều 93 k2 (a)–(d) only, by a
 * decision of the level that decided the award (its successor where that level no longer exists; the State President
 * for a state honorary title). It first lists the later awards whose prerequisites relied on the revoked one, as the
 * rules engine finds them ({@link PrerequisiteAnalysis}), with the criteria each would fail; confirmed with that same
 * list, it revokes them too, each by a decision of its own deciding level and naming the award that caused it, and
 * records the money and items to recover. The awards publish {@code award-revoked}; the revocation is appended to the
 * audit chain.
 */
@Service
@RequiredArgsConstructor
public class RevocationService {

    private final RevocationStore store;
    private final RegisterService register;
    private final PrerequisiteAnalysis prerequisites;
    private final CatalogueService catalogues;
    private final RevocationCompletion completion;
    private final RevocationLaw law = RevocationLaw.bundled();
    private final Clock clock;

    /** A revoking decision as the request states it. */
    public record Act(String number, LocalDate date, String signer, String signerTitle,
            DecidingAuthority authority) {

        DecisionAct toAct() {
            return DecisionAct.decision(number, date, signer, signerTitle, authority);
        }
    }

    /** What is to be revoked, why, and by which decision. */
    public record Request(String awardId, RevocationTrigger trigger, String reason, Act decision,
            List<String> itemsToRecover) {
    }

    /** A later award that would fall with the revoked one. */
    public record CascadeItem(AwardRecord award, String causedBy, List<RuleResult> failedRules,
            RevocationLaw.Required required) {
    }

    /** What a revocation would do: the award, who must revoke it, the cascade, the money to recover. */
    public record Preview(AwardRecord award, RevocationTrigger trigger, RevocationLaw.Required required,
            List<CascadeItem> cascade, List<DecidingAuthority> authoritiesNeeded, long totalToRecover) {
    }

    public Preview preview(TdktPrincipal caller, Request request) {
        caller.requireAnyRole(TdktRole.SNV_OFFICER);
        return plan(request);
    }

    /**
     * Revokes the award and, when {@code confirmedCascade} is exactly the cascade the preview lists now, the awards
     * that depended on it.
     *
     * @param cascadeDecisions revoking decisions of the other levels that decided awards of the cascade
     */
    public Versioned<Revocation> revoke(TdktPrincipal caller, Request request, List<String> confirmedCascade,
            List<Act> cascadeDecisions) {
        caller.requireAnyRole(TdktRole.SNV_OFFICER);
        Preview preview = plan(request);
        Set<String> listed = new HashSet<>();
        preview.cascade().forEach(item -> listed.add(item.award().id()));
        Set<String> confirmed = new HashSet<>(confirmedCascade == null ? List.of() : confirmedCascade);
        if (!listed.equals(confirmed)) {
            throw DomainException.conflict("revocation.cascade-changed", String.join(", ", listed.stream().sorted()
                    .toList()));
        }
        DecisionAct rootAct = request.decision().toAct();
        Map<DecidingAuthority, DecisionAct> acts = new LinkedHashMap<>();
        acts.put(rootAct.authority(), rootAct);
        for (Act act : cascadeDecisions == null ? List.<Act>of() : cascadeDecisions) {
            DecisionAct other = act.toAct();
            requireNotFuture(other.date());
            acts.putIfAbsent(other.authority(), other);
        }
        List<String> missing = preview.cascade().stream().map(item -> item.required().authority())
                .filter(a -> !acts.containsKey(a)).distinct().map(DecidingAuthority::label).toList();
        if (!missing.isEmpty()) {
            throw DomainException.conflict("revocation.cascade-decision-missing", String.join(", ", missing));
        }
        AwardRecord root = preview.award();
        List<Revocation.Entry> entries = new ArrayList<>();
        List<String> rootItems = request.itemsToRecover() == null || request.itemsToRecover().isEmpty()
                ? defaultItems(root) : request.itemsToRecover();
        entries.add(new Revocation.Entry(root.id(), root.subject().name(), root.subject().unitCode(),
                root.awardCode(), root.awardName(), root.year(), rootAct, null, root.amountPaid(), rootItems,
                List.of()));
        for (CascadeItem item : preview.cascade()) {
            AwardRecord award = item.award();
            entries.add(new Revocation.Entry(award.id(), award.subject().name(), award.subject().unitCode(),
                    award.awardCode(), award.awardName(), award.year(), acts.get(item.required().authority()),
                    item.causedBy(), award.amountPaid(), defaultItems(award), item.failedRules().stream()
                            .map(r -> r.ruleId() + ": " + r.explanation()).toList()));
        }
        String id = Ids.newId(clock);
        List<String> clashes = store.claim(entries.stream().map(Revocation.Entry::awardId).toList(), id,
                clock.instant());
        if (!clashes.isEmpty()) {
            throw DomainException.conflict("revocation.award-being-revoked", String.join(", ", clashes));
        }
        Versioned<Revocation> saved;
        try {
            saved = store.insert(Revocation.record(id, request.trigger(), request.reason(), entries,
                    caller.subject(), clock.instant()));
        } catch (RuntimeException e) {
            store.release(id);
            throw e;
        }
        return completion.complete(saved.value().id());
    }

    public PageResponse<Versioned<Revocation>> list(TdktPrincipal caller, PageQuery page) {
        UnitScope scope = UnitScope.of(caller, null, TdktRole.PROVINCE_READERS);
        return scope.page(page, unit -> store.page(unit, page), unit -> store.count(unit));
    }

    public Versioned<Revocation> get(TdktPrincipal caller, String id) {
        String unit = UnitScope.of(caller, null, TdktRole.PROVINCE_READERS).unitCode();
        return store.get(id, r -> unit == null || r.entries().stream().anyMatch(e -> unit.equals(e.unitCode())));
    }

    private Preview plan(Request request) {
        if (request.trigger() == null) {
            throw DomainException.invalid("revocation.trigger-required");
        }
        if (request.reason() == null || request.reason().isBlank()) {
            throw DomainException.invalid("revocation.reason-required");
        }
        AwardRecord root = register.find(request.awardId())
                .orElseThrow(() -> DomainException.notFound("register.award-not-found", request.awardId()));
        if (!root.active()) {
            throw DomainException.conflict("revocation.award-not-active", root.awardName(), root.subject().name(),
                    root.revocation() == null ? "" : root.revocation().decisionNumber());
        }
        DecisionAct act = request.decision().toAct();
        requireNotFuture(act.date());
        if (act.date().isBefore(root.decision().date())) {
            throw DomainException.invalid("revocation.before-decision", act.date(), root.decision().date());
        }
        RevocationLaw.Required required = required(root, act.date());
        if (act.authority() != required.authority()) {
            throw DomainException.conflict("revocation.authority-mismatch", root.awardName(), root.subject().name(),
                    root.decision().authority().label(), required.authority().label(), required.rule(),
                    required.citation(), act.authority().label());
        }
        List<CascadeItem> cascade = prerequisites.dependentsOf(root).stream()
                .map(d -> new CascadeItem(d.award(), d.causedBy(), d.failedRules(), required(d.award(), act.date())))
                .toList();
        List<DecidingAuthority> needed = new ArrayList<>();
        cascade.stream().map(item -> item.required().authority()).filter(a -> a != act.authority())
                .filter(a -> !needed.contains(a)).forEach(needed::add);
        long total = root.amountPaid() + cascade.stream().mapToLong(item -> item.award().amountPaid()).sum();
        return new Preview(root, request.trigger(), required, cascade, needed, total);
    }

    private RevocationLaw.Required required(AwardRecord award, LocalDate on) {
        return law.requiredFor(kindOf(award), award.decision().authority(), on);
    }

    /** The award's kind in the catalogue of its decision date (the first catalogue for older decisions). */
    private AwardKind kindOf(AwardRecord award) {
        try {
            return catalogues.inForceOn(award.decision().date()).find(award.awardCode())
                    .map(a -> a.kind()).orElse(AwardKind.COMMENDATION);
        } catch (DomainException e) {
            return catalogues.versions().get(0).version().catalogue().find(award.awardCode()).map(a -> a.kind())
                    .orElse(AwardKind.COMMENDATION);
        }
    }

    private static List<String> defaultItems(AwardRecord award) {
        return List.of(award.awardName() + " (bản chính) và hiện vật kèm theo");
    }

    private void requireNotFuture(LocalDate date) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw DomainException.invalid("decision.date-in-future", date);
        }
    }
}
