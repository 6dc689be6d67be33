package vn.tdkt.nomination.decision.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import vn.tdkt.nomination.catalogue.application.CatalogueService;
import vn.tdkt.nomination.catalogue.domain.AwardCatalogue;
import vn.tdkt.nomination.catalogue.domain.AwardForm;
import vn.tdkt.nomination.catalogue.domain.CommendationType;
import vn.tdkt.nomination.catalogue.domain.DecisionLevel;
import vn.tdkt.nomination.council.application.DecisionGates;
import vn.tdkt.nomination.decision.domain.Awardee;
import vn.tdkt.nomination.decision.domain.Decision;
import vn.tdkt.nomination.decision.domain.DecisionAct;
import vn.tdkt.nomination.decision.domain.DecisionStatus;
import vn.tdkt.nomination.decision.persistence.DecisionClaimStore;
import vn.tdkt.nomination.decision.persistence.DecisionStore;
import vn.tdkt.nomination.dossier.application.DossierService;
import vn.tdkt.nomination.dossier.domain.Dossier;
import vn.tdkt.nomination.dossier.domain.DossierStatus;
import vn.tdkt.nomination.dossier.domain.Subject;
import vn.tdkt.nomination.register.application.PrerequisiteAnalysis;
import vn.tdkt.nomination.register.domain.DecidingAuthority;
import vn.tdkt.nomination.register.domain.RegisterSubject;
import vn.tdkt.nomination.register.domain.RewardMoney;
import vn.tdkt.nomination.rules.application.EligibilityReport;
import vn.tdkt.nomination.rules.application.RuleResult;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Ids;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;
import vn.tdkt.platform.security.UnitScope;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import lombok.RequiredArgsConstructor;

/**
 * Award decisions, prepared by the Sở Nội vụ on the appraised-eligible dossiers and recorded with the authority that
 * signed them. Before anything is written, as of the decision date: the authority must have the power to decide each
 * award (R-AUTH-01/02/03, through the rules engine, with the rule's explanation when it has not); councils and public
 * notice must have let each dossier through ({@link DecisionGates}: a passing vote where required, a closed notice
 * with every comment resolved); no hold may stand (R-GEN-05) and the unit must not be dissolved (R-GEN-10); and no
 * other decision may have taken the dossier. Forms above the province are forwarded to central (tờ trình) and decided
 * there; their central decision is recorded later.
 *
 * <p>Each awardee's money is coefficient × base salary on the decision date (R-MONEY-01, with its sources), and the
 * register awards it relied on are found by the rules engine ({@link PrerequisiteAnalysis}), so that a revocation can
 * follow the chain. A decided decision writes its awards and its audit-chain entry ({@link DecisionRegistration}).
 */
@Service
@EnableConfigurationProperties(DecisionProperties.class)
@RequiredArgsConstructor
public class DecisionService {

    private final DecisionStore store;
    private final DecisionClaimStore claims;
    private final DossierService dossiers;
    private final CatalogueService catalogues;
    private final DecisionGates gates;
    private final PrerequisiteAnalysis prerequisites;
    private final DecisionRegistration registration;
    private final DecisionProperties properties;
    private final MessageSource messages;
    private final Clock clock;

    /** A decision signed in the province (the provincial chair, a unit's head, a commune chair, …). */
    public record Issue(String number, LocalDate date, String signer, String signerTitle,
            DecidingAuthority authority, List<String> dossierIds) {
    }

    /** The province's tờ trình to the central level for forms above the province. */
    public record Forward(String number, LocalDate date, String signer, String signerTitle, List<String> dossierIds) {
    }

    /** The central decision on a forwarded tờ trình; dossiers it did not grant are listed as declined. */
    public record Central(String number, LocalDate date, String signer, String signerTitle,
            DecidingAuthority authority, List<String> declinedDossierIds) {
    }

    public Versioned<Decision> issue(TdktPrincipal caller, Issue command) {
        caller.requireAnyRole(TdktRole.SNV_OFFICER);
        DecisionAct act = DecisionAct.decision(command.number(), command.date(), command.signer(),
                command.signerTitle(), command.authority());
        requireNotFuture(act.date());
        List<Dossier> chosen = eligibleDossiers(command.dossierIds());
        AwardCatalogue catalogue = catalogues.inForceOn(act.date());
        for (Dossier dossier : chosen) {
            AwardForm award = award(catalogue, dossier);
            if (award.decisionLevel() == DecisionLevel.FORWARDED) {
                throw DomainException.conflict("decision.forwarded-award", award.name(), dossier.subject().name(),
                        award.decider() == null ? "" : award.decider());
            }
        }
        refuseUnlessAllowed(chosen, act.date(), act.authority(), true);
        String id = Ids.newId(clock);
        claim(chosen, id);
        Versioned<Decision> saved;
        try {
            List<Awardee> awardees = chosen.stream().map(d -> awardee(d, award(catalogue, d), act.date(), true))
                    .toList();
            saved = store.insert(Decision.issue(id, act, awardees, caller.subject(), clock.instant()));
        } catch (RuntimeException e) {
            claims.release(id);
            throw e;
        }
        return registration.complete(saved.value().id());
    }

    public Versioned<Decision> forward(TdktPrincipal caller, Forward command) {
        caller.requireAnyRole(TdktRole.SNV_OFFICER);
        DecisionAct submission = DecisionAct.submission(command.number(), command.date(), command.signer(),
                command.signerTitle(), DecidingAuthority.CHU_TICH_UBND_TINH);
        requireNotFuture(submission.date());
        List<Dossier> chosen = eligibleDossiers(command.dossierIds());
        AwardCatalogue catalogue = catalogues.inForceOn(submission.date());
        Set<String> deciders = new LinkedHashSet<>();
        for (Dossier dossier : chosen) {
            AwardForm award = award(catalogue, dossier);
            if (award.decisionLevel() != DecisionLevel.FORWARDED) {
                throw DomainException.conflict("decision.provincial-award", award.name(), dossier.subject().name());
            }
            deciders.add(String.valueOf(award.decider()));
        }
        if (deciders.size() > 1) {
            // one central decision answers one tờ trình, and it is signed by one of them (R-AUTH-03): a tờ trình to
            // both the Prime Minister and the State President could never be recorded whole
            throw DomainException.invalid("decision.forwarding-mixed-deciders", String.join(", ", deciders));
        }
        refuseUnlessAllowed(chosen, submission.date(), null, true);
        String id = Ids.newId(clock);
        claim(chosen, id);
        try {
            List<Awardee> awardees = chosen.stream()
                    .map(d -> awardee(d, award(catalogue, d), submission.date(), false)).toList();
            return store.insert(Decision.forward(id, submission, awardees, caller.subject(), clock.instant()));
        } catch (RuntimeException e) {
            claims.release(id);
            throw e;
        }
    }

    /**
     * Records the central decision on a forwarded tờ trình: the authority is checked (R-AUTH-03: the Prime Minister
     * decides his forms, the State President the orders), money is reckoned on the central decision's date, and the
     * granted awards enter the register.
     */
    public Versioned<Decision> recordCentralDecision(TdktPrincipal caller, String id, VersionPrecondition expected,
            Central command) {
        caller.requireAnyRole(TdktRole.SNV_OFFICER);
        DecisionAct act = DecisionAct.decision(command.number(), command.date(), command.signer(),
                command.signerTitle(), command.authority());
        requireNotFuture(act.date());
        Decision forwarded = store.get(id).value();
        if (forwarded.status() != DecisionStatus.FORWARDED) {
            throw DomainException.conflict("decision.not-forwarded", id);
        }
        if (!act.authority().central()) {
            throw DomainException.invalid("decision.central-authority-required", act.authority().label());
        }
        Set<String> declined = new LinkedHashSet<>(command.declinedDossierIds() == null ? List.of()
                : command.declinedDossierIds());
        List<String> grantedIds = forwarded.awardees().stream().map(Awardee::dossierId)
                .filter(d -> !declined.contains(d)).toList();
        List<Dossier> granted = dossiers.findAll(grantedIds);
        refuseUnlessAllowed(granted, act.date(), act.authority(), false);
        AwardCatalogue catalogue = catalogues.inForceOn(act.date());
        Map<String, Awardee> decided = new HashMap<>();
        Map<String, Awardee> prepared = forwarded.awardees().stream()
                .collect(Collectors.toMap(Awardee::dossierId, Function.identity()));
        for (Dossier dossier : granted) {
            Awardee before = prepared.get(dossier.id());
            Awardee priced = awardee(dossier, award(catalogue, dossier), act.date(), true, before.awardId());
            decided.put(dossier.id(), before.decided(priced.money(), priced.reliedOn()));
        }
        Versioned<Decision> saved = store.update(id, expected, d -> {
            d.decideCentrally(act, declined, decided, caller.subject(), clock.instant());
            return List.of();
        });
        return registration.complete(saved.value().id());
    }

    /** Of these dossiers, those a decision or a forwarded tờ trình has taken (they are no longer open proposals). */
    public Set<String> taken(java.util.Collection<String> dossierIds) {
        return dossierIds.isEmpty() ? Set.of() : claims.claimedAmong(dossierIds);
    }

    /** Decisions the caller may read (unit officers: those with an awardee their unit proposed), newest first. */
    public PageResponse<Versioned<Decision>> list(TdktPrincipal caller, DecisionStatus status, Integer year,
            PageQuery page) {
        UnitScope scope = UnitScope.of(caller, null, TdktRole.PROVINCE_READERS);
        return scope.page(page, unit -> store.page(status, year, unit, page),
                unit -> store.count(status, year, unit));
    }

    /** One decision the caller may read, else the 404 problem. */
    public Versioned<Decision> get(TdktPrincipal caller, String id) {
        String unit = UnitScope.of(caller, null, TdktRole.PROVINCE_READERS).unitCode();
        return store.get(id, d -> unit == null || concernsUnit(d, unit));
    }

    private static boolean concernsUnit(Decision decision, String unitCode) {
        return unitCode != null && decision.awardees().stream()
                .anyMatch(a -> unitCode.equals(a.unitCode()) || unitCode.equals(a.subject().unitCode()));
    }

    private void requireNotFuture(LocalDate date) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw DomainException.invalid("decision.date-in-future", date);
        }
    }

    /** The dossiers, each appraised eligible; an unknown one is 404, another state 409. */
    private List<Dossier> eligibleDossiers(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw DomainException.invalid("decision.awardees-required");
        }
        if (ids.size() > Decision.MAX_AWARDEES) {
            throw DomainException.invalid("decision.too-many-awardees", Decision.MAX_AWARDEES);
        }
        Set<String> unique = new LinkedHashSet<>(ids);
        if (unique.size() != ids.size()) {
            throw DomainException.invalid("decision.dossier-repeated", ids.stream()
                    .filter(i -> ids.indexOf(i) != ids.lastIndexOf(i)).findFirst().orElse(""));
        }
        Map<String, Dossier> found = dossiers.findAll(unique).stream()
                .collect(Collectors.toMap(Dossier::id, Function.identity()));
        List<Dossier> ordered = new ArrayList<>();
        for (String id : unique) {
            Dossier dossier = found.get(id);
            if (dossier == null) {
                throw DomainException.notFound("dossier.not-found", id);
            }
            if (dossier.status() != DossierStatus.APPRAISED_ELIGIBLE) {
                throw DomainException.conflict("decision.dossier-not-eligible", dossier.subject().name(), id,
                        dossier.status().label());
            }
            ordered.add(dossier);
        }
        return ordered;
    }

    /**
     * Refuses unless the law allows the decision on {@code date}: the authority's power (when given), then the
     * blocking rules and, when {@code checkGates}, the councils' and public notice's gates.
     */
    private void refuseUnlessAllowed(List<Dossier> chosen, LocalDate date, DecidingAuthority authority,
            boolean checkGates) {
        Locale locale = LocaleContextHolder.getLocale();
        List<DecisionRefused.Reason> authorityReasons = new ArrayList<>();
        List<DecisionRefused.Reason> blocking = new ArrayList<>();
        for (Dossier dossier : chosen) {
            EligibilityReport report = dossiers.checkForDecision(dossier.id(), date,
                    authority == null ? null : authority.level(), locale);
            for (RuleResult failure : report.failures()) {
                if (!properties.blockingRules().contains(failure.ruleId())) {
                    continue;
                }
                DecisionRefused.Reason reason = new DecisionRefused.Reason(dossier.id(), dossier.subject().name(),
                        failure.ruleId(), failure.explanation() == null ? failure.citation() : failure.explanation());
                (failure.ruleId().startsWith("R-AUTH-") ? authorityReasons : blocking).add(reason);
            }
            if (checkGates) {
                for (DecisionGates.GateReason gate : gates.blockers(dossier.id(), date)) {
                    blocking.add(new DecisionRefused.Reason(dossier.id(), dossier.subject().name(), gate.code(),
                            messages.getMessage(gate.code(), gate.args().toArray(), gate.code(), locale)));
                }
            }
        }
        if (!authorityReasons.isEmpty()) {
            throw new DecisionRefused("decision.authority-refused", authorityReasons);
        }
        if (!blocking.isEmpty()) {
            throw new DecisionRefused("decision.blocked", blocking);
        }
    }

    private void claim(List<Dossier> chosen, String decisionId) {
        List<String> taken = claims.claim(chosen.stream().map(Dossier::id).toList(), decisionId, clock.instant());
        if (!taken.isEmpty()) {
            throw DomainException.conflict("decision.dossier-already-decided", String.join(", ", taken));
        }
    }

    private static AwardForm award(AwardCatalogue catalogue, Dossier dossier) {
        return catalogue.require(dossier.proposal().awardCode(), dossier.subject().type());
    }

    private Awardee awardee(Dossier dossier, AwardForm award, LocalDate date, boolean priced) {
        return awardee(dossier, award, date, priced, Ids.newId(clock));
    }

    private Awardee awardee(Dossier dossier, AwardForm award, LocalDate date, boolean priced, String awardId) {
        RegisterSubject subject = subjectOf(dossier.subject());
        RewardMoney money = null;
        List<String> reliedOn = List.of();
        if (priced) {
            money = RewardMoney.of(catalogues.reward(award.code(), subject.type(), date));
            reliedOn = prerequisites.reliedOn(new PrerequisiteAnalysis.Judged(awardId, dossier.id(), award.code(),
                    subject.type(), subject.ref(), dossier.proposal().year(), date));
        }
        return new Awardee(dossier.id(), awardId, dossier.unitCode(), subject, award.code(), award.name(),
                dossier.proposal().year(), CommendationType.PERIODIC, money, reliedOn);
    }

    static RegisterSubject subjectOf(Subject s) {
        return switch (s.type()) {
            case INDIVIDUAL -> RegisterSubject.person(s.name(), s.nationalId(), s.dateOfBirth(), s.unitCode());
            case COLLECTIVE -> RegisterSubject.collective(s.name(), s.unitCode());
            case HOUSEHOLD -> RegisterSubject.household(s.name(), s.unitCode(), s.address());
        };
    }
}
