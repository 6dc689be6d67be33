package vn.tdkt.nomination.dossier.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import vn.tdkt.contracts.nomination.AppraisalOutcome;
import vn.tdkt.contracts.nomination.DossierEvent;
import vn.tdkt.nomination.catalogue.application.CatalogueService;
import vn.tdkt.nomination.catalogue.domain.AwardForm;
import vn.tdkt.nomination.dossier.domain.Dossier;
import vn.tdkt.nomination.dossier.domain.DossierAction;
import vn.tdkt.nomination.dossier.domain.DossierContent;
import vn.tdkt.nomination.dossier.domain.DossierStatus;
import vn.tdkt.nomination.dossier.domain.HistoryEntry;
import vn.tdkt.nomination.dossier.domain.Proposal;
import vn.tdkt.nomination.dossier.domain.RuleResult;
import vn.tdkt.nomination.dossier.persistence.DossierFilter;
import vn.tdkt.nomination.dossier.persistence.DossierStore;
import vn.tdkt.nomination.facts.innovations.application.InnovationService;
import vn.tdkt.nomination.rules.application.EligibilityReport;
import vn.tdkt.nomination.rules.domain.AuthorityLevel;
import vn.tdkt.nomination.rules.domain.SubjectFacts;
import vn.tdkt.nomination.sla.application.WorkingDays;
import vn.tdkt.nomination.sla.domain.SlaContext;
import vn.tdkt.platform.domain.Created;
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
 * Dossier use cases. Each command loads the dossier the caller may see, checks the caller's role, then runs the
 * domain method through {@link DossierStore#update}: the expected version (If-Match) is checked, and the new state
 * and its events are one version-guarded save.
 *
 * <p>Access: a unit officer sees and changes only the own unit's dossiers (another unit's answers 404, as if it did
 * not exist); Sở Nội vụ officers, council members, leaders and administrators read every dossier. The owning unit's
 * officers draft, edit, submit, recall and resubmit (Sở Nội vụ officers may also draft and edit for any unit); Sở
 * Nội vụ officers assign, return and appraise.
 *
 * <p>Submission and resubmission are refused while a rule that guards them fails (documents, an active hold, a
 * duplicate, a dissolved unit, a quota or window overrun, a deadline: {@code tdkt.nomination.dossier.*}); appraisal
 * is suspended while a hold or duplicate stands. The rules engine gives the explanations.
 */
@Service
@EnableConfigurationProperties(DossierProperties.class)
@RequiredArgsConstructor
public class DossierService {

    /** Explanations kept in the dossier and its events are Vietnamese, whatever the caller's language. */
    static final Locale RECORD_LOCALE = Locale.forLanguageTag("vi");

    private final DossierStore store;
    private final CatalogueService catalogue;
    private final DossierChecks checks;
    private final InnovationService innovations;
    private final WorkingDays workingDays;
    private final BatchDirectory batches;
    private final StagedImports staged;
    private final Clock clock;

    /** A new draft for the caller's unit (unit officers) or for the given unit (Sở Nội vụ officers). */
    public Versioned<Dossier> create(TdktPrincipal caller, String requestedUnit, String batchId,
            DossierContent content) {
        String unit = DossierAccess.owningUnit(caller, requestedUnit);
        if (batchId != null) {
            batches.requireOpen(batchId, unit);
        }
        DossierContent named = named(content);
        Created<Dossier, DossierEvent> created = LocalizedDomainErrors.call(() ->
                Dossier.draft(Ids.newId(clock), unit, batchId, named, caller.subject(), clock.instant()));
        return store.insert(created);
    }

    /**
     * The proposal with the award's name from the catalogue in force today; the award must exist and fit the
     * subject type.
     */
    public DossierContent named(DossierContent content) {
        AwardForm award = catalogue.inForceOn(LocalDate.now(clock)).require(content.proposal().awardCode(),
                content.subject().type());
        Proposal p = content.proposal();
        return new DossierContent(content.subject(), new Proposal(p.awardCode(), award.name(), p.year(),
                p.movementId()), content.achievement(), content.declaredAwards());
    }

    public Versioned<Dossier> get(TdktPrincipal caller, String id) {
        return readable(caller, id);
    }

    public List<HistoryEntry> history(TdktPrincipal caller, String id) {
        return readable(caller, id).value().history();
    }

    /** One page of dossiers matching the filters, within what the caller may read. */
    public PageResponse<Versioned<Dossier>> list(TdktPrincipal caller, String unit, DossierStatus status,
            Integer year, String batchId, String assignee, PageQuery page) {
        Function<String, DossierFilter> filter = scopedUnit -> new DossierFilter(scopedUnit, status, year, batchId,
                assignee, staged.unconfirmed());
        UnitScope scope = UnitScope.of(caller, unit, TdktRole.PROVINCE_READERS);
        return scope.page(page, scopedUnit -> store.page(filter.apply(scopedUnit), page),
                scopedUnit -> store.count(filter.apply(scopedUnit)));
    }

    /**
     * A dossier for another feature acting on the service's own behalf (council agendas, public notices, decisions):
     * not scoped to a caller, which the calling feature checks itself; dossiers of unconfirmed imports stay invisible.
     */
    public Optional<Dossier> find(String id) {
        Set<String> hidden = staged.unconfirmed();
        return store.find(id).map(Versioned::value)
                .filter(d -> d.importId() == null || !hidden.contains(d.importId()));
    }

    /** The visible dossiers among {@code ids} (for another feature, as {@link #find}), in no particular order. */
    public List<Dossier> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Set<String> hidden = staged.unconfirmed();
        return store.byIds(ids).stream().filter(d -> d.importId() == null || !hidden.contains(d.importId()))
                .toList();
    }

    /**
     * The rule set in force on {@code decisionDate} applied to a dossier as it stands, with the deciding authority
     * known (R-AUTH-01/02/03): what a decision must check before it gives the award. For the decision feature, acting
     * on the service's own behalf.
     *
     * @throws DomainException NOT_FOUND {@code dossier.not-found}
     */
    public EligibilityReport checkForDecision(String id, LocalDate decisionDate, AuthorityLevel authority,
            Locale locale) {
        Dossier dossier = find(id).orElseThrow(() -> DomainException.notFound("dossier.not-found", id));
        LocalDate submitted = dossier.firstSubmittedOn() == null ? decisionDate : dossier.firstSubmittedOn();
        return checks.evaluate(dossier, submitted, decisionDate, authority, locale);
    }

    /**
     * The subject facts the rules judge a dossier on, as of {@code asOf}, with the register awards in
     * {@code treatAsRevoked} judged as revoked: for the register's analysis of which prior awards an award relied on.
     *
     * @throws DomainException NOT_FOUND {@code dossier.not-found}
     */
    public SubjectFacts subjectFacts(String id, LocalDate asOf, Set<String> treatAsRevoked) {
        Dossier dossier = find(id).orElseThrow(() -> DomainException.notFound("dossier.not-found", id));
        return checks.subjectFacts(dossier, asOf, treatAsRevoked);
    }

    /**
     * The live proposals of a year not yet concluded against: submitted, under appraisal, returned or appraised
     * eligible (the fund forecast prices them).
     */
    public List<Dossier> openProposals(int year) {
        Set<String> hidden = staged.unconfirmed();
        return store.open(year).stream().filter(d -> d.importId() == null || !hidden.contains(d.importId()))
                .toList();
    }

    /** Every visible dossier of a batch (for the batch feature). */
    public List<Versioned<Dossier>> inBatch(String batchId) {
        Set<String> hidden = staged.unconfirmed();
        return store.inBatch(batchId).stream().filter(d -> !hidden.contains(d.value().importId())).toList();
    }

    public Versioned<Dossier> revise(TdktPrincipal caller, String id, VersionPrecondition expected,
            DossierContent content) {
        Dossier current = readable(caller, id).value();
        DossierAccess.requireEditor(caller, current);
        DossierContent named = named(content);
        return update(id, expected, d -> d.revise(named, caller.subject(), clock.instant()));
    }

    public Versioned<Dossier> submit(TdktPrincipal caller, String id, VersionPrecondition expected) {
        return submitting(caller, id, expected, DossierAction.SUBMIT, Dossier::submit);
    }

    public Versioned<Dossier> resubmit(TdktPrincipal caller, String id, VersionPrecondition expected) {
        return submitting(caller, id, expected, DossierAction.RESUBMIT, Dossier::resubmit);
    }

    /** The dossier's submit or resubmit transition, as {@link Dossier#submit} and {@link Dossier#resubmit} take it. */
    @FunctionalInterface
    private interface Submission {
        List<DossierEvent> apply(Dossier dossier, String by, Instant now, LocalDate today, SlaContext sla);
    }

    /**
     * A submission and a resubmission are checked alike: the owning unit's officer, no blocking rule failing, and the
     * innovations the dossier cites marked as used.
     */
    private Versioned<Dossier> submitting(TdktPrincipal caller, String id, VersionPrecondition expected,
            DossierAction action, Submission submission) {
        SlaContext sla = workingDays.context();
        LocalDate today = LocalDate.now(clock);
        return update(caller, id, d -> DossierAccess.requireOwnUnitOfficer(caller, d), expected, d -> {
            d.require(action);
            requireNothingBlocksSubmission(d, today);
            useInnovations(d);
            return submission.apply(d, caller.subject(), clock.instant(), today, sla);
        });
    }

    public Versioned<Dossier> recall(TdktPrincipal caller, String id, VersionPrecondition expected, String reason) {
        SlaContext sla = workingDays.context();
        Versioned<Dossier> recalled = update(caller, id, d -> DossierAccess.requireOwnUnitOfficer(caller, d), expected,
                d -> d.recall(reason, caller.subject(), clock.instant(), LocalDate.now(clock), sla));
        releaseInnovations(recalled.value());
        return recalled;
    }

    public Versioned<Dossier> assign(TdktPrincipal caller, String id, VersionPrecondition expected,
            String assignee) {
        caller.requireAnyRole(TdktRole.SNV_OFFICER);
        String officer = assignee == null || assignee.isBlank() ? caller.subject() : assignee;
        SlaContext sla = workingDays.context();
        return update(caller, id, d -> { }, expected,
                d -> d.assign(officer, caller.subject(), clock.instant(), LocalDate.now(clock), sla));
    }

    public Versioned<Dossier> returnForCompletion(TdktPrincipal caller, String id, VersionPrecondition expected,
            List<String> reasons, LocalDate completeBy) {
        caller.requireAnyRole(TdktRole.SNV_OFFICER);
        SlaContext sla = workingDays.context();
        return update(caller, id, d -> { }, expected, d -> d.returnForCompletion(reasons, completeBy,
                caller.subject(), clock.instant(), LocalDate.now(clock), sla));
    }

    /**
     * Runs the rule set in force today on the dossier; the officer confirms ({@code outcome} null) or overrides
     * with reasons. Refused while a hold or a duplicate stands (the explanations say which).
     */
    public Versioned<Dossier> appraise(TdktPrincipal caller, String id, VersionPrecondition expected,
            AppraisalOutcome outcome, List<String> reasons) {
        caller.requireAnyRole(TdktRole.SNV_OFFICER);
        SlaContext sla = workingDays.context();
        LocalDate today = LocalDate.now(clock);
        Versioned<Dossier> appraised = update(caller, id, d -> { }, expected, d -> {
            d.require(DossierAction.APPRAISE);
            LocalDate submitted = d.firstSubmittedOn() == null ? today : d.firstSubmittedOn();
            EligibilityReport report = checks.evaluate(d, submitted, today, RECORD_LOCALE);
            if (!checks.appraisalBlockers(report).isEmpty()) {
                throw blocked("dossier.appraisal-blocked", checks.appraisalBlockers(
                        checks.evaluate(d, submitted, today, LocaleContextHolder.getLocale())));
            }
            List<RuleResult> results = report.results().stream()
                    .map(r -> new RuleResult(r.ruleId(), r.citation(), r.passed(), r.explanation())).toList();
            return d.appraise(outcome, reasons, report.ruleSet() == null ? null : report.ruleSet().id(), results,
                    caller.subject(), clock.instant(), today, sla);
        });
        if (appraised.value().status() == DossierStatus.APPRAISED_NOT_ELIGIBLE) {
            releaseInnovations(appraised.value());
        }
        return appraised;
    }

    /**
     * A draft of a bulk import, prepared for a later bulk insert and hidden behind {@code importId} once written
     * (see {@link StagedImports}). Drafts publish no events.
     */
    public org.bson.Document prepareStaged(String importId, String unitCode, String batchId, DossierContent content,
            String by) {
        return store.prepare(Dossier.imported(Ids.newId(clock), unitCode, batchId, importId, content, by,
                clock.instant()));
    }

    /** Writes prepared drafts of an import in one bulk insert. */
    public void insertStaged(List<org.bson.Document> prepared) {
        store.insertPrepared(prepared);
    }

    /** Removes every dossier of an import that was never confirmed. */
    public long discardStaged(String importId) {
        return store.deleteImported(importId);
    }

    /** The rules as they stand for a dossier now (a unit's check before submitting, an officer's before concluding). */
    public EligibilityReport check(TdktPrincipal caller, String id) {
        Dossier dossier = readable(caller, id).value();
        LocalDate today = LocalDate.now(clock);
        LocalDate submitted = dossier.firstSubmittedOn() == null ? today : dossier.firstSubmittedOn();
        return checks.evaluate(dossier, submitted, today, LocaleContextHolder.getLocale());
    }

    /** The dossier the caller may read, else the 404 problem. */
    Versioned<Dossier> readable(TdktPrincipal caller, String id) {
        caller.requireSomeRole();
        return store.get(id, d -> visible(caller, d));
    }

    private boolean visible(TdktPrincipal caller, Dossier dossier) {
        // a dossier staged by an unconfirmed nominee import does not exist yet for anyone
        return (dossier.importId() == null || !staged.unconfirmed().contains(dossier.importId()))
                && DossierAccess.canRead(caller, dossier);
    }

    /**
     * A command on a dossier the caller may read (else the 404 problem), once {@code admit} has let the caller in
     * (it throws to refuse): one read of the dossier, not a read to check access and another to update.
     */
    private Versioned<Dossier> update(TdktPrincipal caller, String id, Consumer<Dossier> admit,
            VersionPrecondition expected, Function<Dossier, List<DossierEvent>> command) {
        caller.requireSomeRole();
        return LocalizedDomainErrors.call(() -> store.update(id, d -> {
            if (!visible(caller, d)) {
                throw store.notFound(id);
            }
            admit.accept(d);
        }, expected, command));
    }

    Versioned<Dossier> update(String id, VersionPrecondition expected,
            java.util.function.Function<Dossier, List<DossierEvent>> command) {
        return LocalizedDomainErrors.call(() -> store.update(id, expected, command));
    }

    private void requireNothingBlocksSubmission(Dossier dossier, LocalDate today) {
        EligibilityReport report = checks.evaluate(dossier, today, today, RECORD_LOCALE);
        if (!checks.submissionBlockers(report).isEmpty()) {
            throw blocked("dossier.submission-blocked", checks.submissionBlockers(
                    checks.evaluate(dossier, today, today, LocaleContextHolder.getLocale())));
        }
    }

    private static DomainException blocked(String code,
            List<vn.tdkt.nomination.rules.application.RuleResult> failures) {
        String explanations = failures.stream()
                .map(r -> r.ruleId() + ": " + (r.explanation() == null ? r.citation() : r.explanation()))
                .collect(Collectors.joining("; "));
        return DomainException.conflict(code, explanations);
    }

    private void useInnovations(Dossier dossier) {
        for (String innovationId : dossier.achievement().innovationIds()) {
            try {
                innovations.markUsed(innovationId, dossier.id(), dossier.proposal().awardCode());
            } catch (DomainException e) {
                if (e.kind() != DomainException.Kind.NOT_FOUND) {
                    throw e; // already used by another dossier (R-GEN-02)
                }
                // not in the register: the duplicate check across dossiers still guards its single use
            }
        }
    }

    private void releaseInnovations(Dossier dossier) {
        for (String innovationId : dossier.achievement().innovationIds()) {
            try {
                innovations.releaseUse(innovationId, dossier.id());
            } catch (DomainException e) {
                if (e.kind() != DomainException.Kind.NOT_FOUND) {
                    throw e;
                }
                // never registered, so never marked used: nothing to release
            }
        }
    }
}
