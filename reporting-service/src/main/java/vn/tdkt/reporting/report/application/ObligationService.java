package vn.tdkt.reporting.report.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import vn.tdkt.platform.domain.Created;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Ids;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.reporting.access.Access;
import vn.tdkt.reporting.projection.application.Projection;
import vn.tdkt.reporting.projection.application.UnitNames;
import vn.tdkt.reporting.report.domain.ObligationSource;
import vn.tdkt.reporting.report.domain.ReportDuty;
import vn.tdkt.reporting.report.domain.ReportKind;
import vn.tdkt.reporting.report.domain.ReportObligation;
import vn.tdkt.reporting.report.persistence.ReportDutyStore;
import vn.tdkt.reporting.report.persistence.ReportObligationStore;
import vn.tdkt.contracts.reporting.ReportDutyEvent;
import lombok.RequiredArgsConstructor;

/**
 * Report obligations: defined by the Sở Nội vụ through the API, derived from plan tasks whose evidence is a report,
 * or the yearly statistical report. Defining one opens one duty per unit; the obligation is inserted first and marked
 * once all its duties exist, so a crash in between is finished by {@link #openPendingDuties()} (the unique
 * (obligation, unit) index makes opening twice harmless).
 */
@Service
@RequiredArgsConstructor
public class ObligationService {

    private static final Logger log = LoggerFactory.getLogger(ObligationService.class);

    private final ReportObligationStore obligations;
    private final ReportDutyStore duties;
    private final ReportTemplates templates;
    private final Projection projection;
    private final UnitNames unitNames;
    private final Clock clock;

    /** What an SNV officer asks for. */
    public record Definition(String title, ReportKind kind, String period, LocalDate dueDate, List<String> units,
            String templateCode, String description) {
    }

    public Versioned<ReportObligation> define(TdktPrincipal caller, Definition definition) {
        Access.requireSnv(caller);
        if (definition.kind() == ReportKind.PLAN_TASK || definition.kind() == ReportKind.STATISTICAL) {
            throw DomainException.invalid("report.kind-not-definable", definition.kind());
        }
        // a mistyped code (XYZ, sgddt) would open a duty nobody can submit, "missing" in compliance for ever
        List<String> unknown = unitNames.unknown(definition.units() == null ? List.of() : definition.units());
        if (!unknown.isEmpty()) {
            throw DomainException.invalid("report.units-unknown", String.join(", ", unknown));
        }
        return create(Ids.newId(clock), new ReportObligation.Definition(definition.title(), definition.kind(),
                definition.period(), definition.dueDate(), definition.units(), templates.require(definition.templateCode()),
                ObligationSource.SNV, null, null, definition.description()), caller.subject());
    }

    /**
     * The obligation with this id, created if absent (deterministic ids make obligations derived from events
     * idempotent: a redelivery finds it).
     */
    public ReportObligation ensure(String id, ReportObligation.Definition definition, String createdBy) {
        Optional<Versioned<ReportObligation>> existing = obligations.find(id);
        if (existing.isPresent()) {
            return existing.get().value();
        }
        try {
            return create(id, definition, createdBy).value();
        } catch (DuplicateKeyException raced) {
            return obligations.get(id).value();
        }
    }

    private Versioned<ReportObligation> create(String id, ReportObligation.Definition definition, String createdBy) {
        Created<ReportObligation, ReportDutyEvent> created = ReportObligation.define(id, definition, createdBy,
                clock.instant());
        Versioned<ReportObligation> stored = obligations.insert(created);
        return openDuties(stored.value());
    }

    private Versioned<ReportObligation> openDuties(ReportObligation obligation) {
        for (String unit : obligation.units()) {
            if (duties.of(obligation.id(), unit).isPresent()) {
                continue;
            }
            try {
                Versioned<ReportDuty> duty = duties.insert(ReportDuty.open(Ids.newId(clock), obligation, unit,
                        clock.instant()));
                projection.changed("report-duties", duty.value().id());
            } catch (DuplicateKeyException alreadyOpened) {
                log.debug("Duty of {} for obligation {} already open", unit, obligation.id());
            }
        }
        try {
            return obligations.update(obligation.id(), VersionPrecondition.none(), ReportObligation::markDutiesOpened);
        } catch (OptimisticLockingFailureException racedWithTheScan) {
            return obligations.get(obligation.id());
        }
    }

    /**
     * Opens a duty for one more unit of an existing obligation (a plan task's new lead unit). The obligation is marked
     * "duties pending" first, so a crash before the duty exists is finished by {@link #openPendingDuties()}.
     */
    public void addUnit(String obligationId, String unit) {
        Versioned<ReportObligation> widened = obligations.update(obligationId, VersionPrecondition.none(),
                obligation -> obligation.addUnit(unit));
        openDuties(widened.value());
    }

    /** Finishes obligations whose duties were not all opened (run by the scan). */
    public int openPendingDuties() {
        List<ReportObligation> pending = obligations.withDutiesPending();
        pending.forEach(this::openDuties);
        return pending.size();
    }

    public List<Versioned<ReportObligation>> list(TdktPrincipal caller, Integer year) {
        Predicate<ReportObligation> visible = Access.sees(caller, ReportObligation::concerns);
        return obligations.ofYear(year).stream().filter(o -> visible.test(o.value())).toList();
    }

    public Versioned<ReportObligation> get(TdktPrincipal caller, String id) {
        return obligations.get(id, Access.sees(caller, ReportObligation::concerns));
    }
}
