package vn.tdkt.reporting.report.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import vn.tdkt.contracts.reporting.ReportDutyEvent;
import vn.tdkt.platform.domain.Created;
import vn.tdkt.platform.domain.DomainException;

/**
 * A report the province asks for: which units, for which period, by when, with which template. Each unit's duty is
 * its own aggregate ({@link ReportDuty}); the obligation itself publishes nothing and does not change after it is
 * defined (its duties carry the life of the report).
 */
public final class ReportObligation {

    private String id;
    private String title;
    private ReportKind kind;
    private String period;
    private int year;
    private LocalDate dueDate;
    private List<String> units = new ArrayList<>();
    private ReportTemplate template;
    private ObligationSource source;
    private String taskId;
    private String planId;
    private String description;
    private String createdBy;
    private Instant createdAt;
    private boolean dutiesOpened;

    private ReportObligation() {
    }

    /** What is needed to define an obligation. */
    public record Definition(String title, ReportKind kind, String period, LocalDate dueDate, List<String> units,
            ReportTemplate template, ObligationSource source, String taskId, String planId, String description) {
    }

    public static Created<ReportObligation, ReportDutyEvent> define(String id, Definition definition,
            String createdBy, Instant at) {
        if (definition.title() == null || definition.title().isBlank()) {
            throw DomainException.invalid("report.title-missing");
        }
        if (definition.kind() == null) {
            throw DomainException.invalid("report.kind-missing");
        }
        if (definition.dueDate() == null) {
            throw DomainException.invalid("report.due-date-missing");
        }
        if (definition.units() == null || definition.units().isEmpty()
                || definition.units().stream().anyMatch(unit -> unit == null || unit.isBlank())) {
            throw DomainException.invalid("report.units-missing");
        }
        if (definition.template() == null) {
            throw DomainException.invalid("report.template-unknown", "");
        }
        Period period = Period.parse(definition.period());
        // due in the period or after it (a six-month report is due once the half is over), but not years later
        if (definition.dueDate().isBefore(period.start()) || definition.dueDate().getYear() > period.year() + 1) {
            throw DomainException.invalid("report.due-date-outside-period", definition.dueDate(), period.value());
        }
        ReportObligation obligation = new ReportObligation();
        obligation.id = id;
        obligation.title = definition.title().trim();
        obligation.kind = definition.kind();
        obligation.period = period.value();
        obligation.year = period.year();
        obligation.dueDate = definition.dueDate();
        obligation.units = new ArrayList<>(new LinkedHashSet<>(definition.units().stream().map(String::trim).toList()));
        obligation.template = definition.template();
        obligation.source = definition.source();
        obligation.taskId = definition.taskId();
        obligation.planId = definition.planId();
        obligation.description = definition.description();
        obligation.createdBy = createdBy;
        obligation.createdAt = at;
        return new Created<>(obligation, List.of());
    }

    /** Records that every unit's duty exists (they are inserted after the obligation; a crash in between is redone). */
    public List<ReportDutyEvent> markDutiesOpened() {
        dutiesOpened = true;
        return List.of();
    }

    /** A plan task's report is now owed by another lead unit too; the earlier ones keep seeing their duties. */
    public List<ReportDutyEvent> addUnit(String unit) {
        if (!units.contains(unit)) {
            units.add(unit);
            dutiesOpened = false;
        }
        return List.of();
    }

    public boolean concerns(String unit) {
        return units.contains(unit);
    }

    public String id() { return id; }
    public String title() { return title; }
    public ReportKind kind() { return kind; }
    public String period() { return period; }
    public int year() { return year; }
    public LocalDate dueDate() { return dueDate; }
    public List<String> units() { return List.copyOf(units); }
    public ReportTemplate template() { return template; }
    public ObligationSource source() { return source; }
    public String taskId() { return taskId; }
    public String planId() { return planId; }
    public String description() { return description; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public boolean dutiesOpened() { return dutiesOpened; }
}
