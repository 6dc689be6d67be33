package vn.tdkt.plan.importing.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.plan.importing.application.ProgressRecorder;
import vn.tdkt.plantext.Recurrence;
import vn.tdkt.plantext.ImportPhase;
import vn.tdkt.plan.importing.domain.ImportWarningEntry;
import vn.tdkt.plan.importing.domain.ImportedPlan;
import vn.tdkt.plan.importing.domain.NameResolution;
import vn.tdkt.plan.importing.domain.PlanImport;
import vn.tdkt.plan.importing.domain.ProgressEntry;
import vn.tdkt.plan.importing.domain.ResolutionStatus;

/** JSON shapes of the import preview. */
final class ImportViews {

    private ImportViews() {
    }

    record PreviewView(String id, String status, String statusLabel, String createdBy, String createdByUnit,
                       Instant createdAt, SourceView source, HeaderView header, List<ImportedPlan.LegalBasis> legalBases,
                       List<SectionSummary> sections, List<ResponsibilityView> responsibilities,
                       List<RecurringDutyView> recurringDuties, List<TaskView> tasks, List<String> recipients,
                       ImportedPlan.Signer signer, List<NameResolution> resolutions, List<ImportWarningEntry> warnings,
                       TimingView timing, SummaryView summary, PlanImport.Confirmation confirmation,
                       Instant discardedAt, String discardedBy, List<ImportedPlan.Citation> citations) {

        static PreviewView of(PlanImport document) {
            ImportedPlan plan = document.plan();
            Map<String, NameResolution> names = new LinkedHashMap<>();
            document.resolutions().forEach(resolution -> names.put(resolution.written(), resolution));
            List<TaskView> tasks = plan.tasks().stream().map(task -> TaskView.of(task, names)).toList();
            long unresolved = document.resolutions().stream().filter(r -> !r.isResolved()).count()
                    + (document.issuer() == null || document.issuer().isResolved() ? 0 : 1);
            return new PreviewView(document.id(), document.status().name(), document.status().label(),
                    document.createdBy(), document.createdByUnit(), document.createdAt(),
                    new SourceView(document.source().mediaType(), document.source().declaredFormat(), plan.format(),
                            document.source().textLength(), document.source().byteLength()),
                    HeaderView.of(plan.header(), document.issuer()), plan.legalBases(),
                    plan.sections().stream().map(SectionSummary::of).toList(),
                    plan.responsibilities().stream().map(r -> new ResponsibilityView(r.unitName(),
                            UnitRef.of(r.unitName(), names), r.duties(), r.sectionPath(), r.lineNumber())).toList(),
                    plan.recurringDuties().stream().map(d -> RecurringDutyView.of(d, names)).toList(),
                    tasks, plan.recipients(), plan.signer(), document.resolutions(), document.warnings(),
                    TimingView.of(document), new SummaryView(tasks.size(), plan.recurringDuties().size(),
                            plan.responsibilities().size(), unresolved, document.warnings().size()),
                    document.confirmation(), document.discardedAt(), document.discardedBy(), plan.citations());
        }
    }

    record SourceView(String mediaType, String declaredFormat, String format, int textLength, long byteLength) {
    }

    record HeaderView(String issuer, String number, String place, LocalDate date, String documentType, String title,
                      Integer year, UnitRef issuerUnit) {
        static HeaderView of(ImportedPlan.Header header, NameResolution issuer) {
            return new HeaderView(header.issuer(), header.number(), header.place(), header.date(),
                    header.documentType(), header.title(), header.year(), issuer == null ? null : UnitRef.of(issuer));
        }
    }

    /** A unit name as written and what it resolved to. */
    record UnitRef(String written, String status, String code, List<String> candidates) {
        static UnitRef of(NameResolution resolution) {
            return new UnitRef(resolution.written(), resolution.status().name(), resolution.code(),
                    resolution.candidates());
        }

        static UnitRef of(String written, Map<String, NameResolution> names) {
            if (written == null) {
                return null;
            }
            NameResolution resolution = names.get(written);
            return resolution == null ? new UnitRef(written, ResolutionStatus.UNRESOLVED.name(), null, List.of())
                    : of(resolution);
        }
    }

    record SectionSummary(String number, String path, String title, int blocks, List<SectionSummary> subsections,
                          int lineNumber) {
        static SectionSummary of(ImportedPlan.Section section) {
            return new SectionSummary(section.number(), section.path(), section.title(), section.blocks().size(),
                    section.subsections().stream().map(SectionSummary::of).toList(), section.lineNumber());
        }
    }

    record ResponsibilityView(String unitName, UnitRef unit, List<String> duties, String sectionPath, int lineNumber) {
    }

    /** @param occurrences how many tasks the duty becomes per unit (4 for quarterly, 12 for monthly…) */
    record RecurringDutyView(String frequency, String frequencyLabel, List<UnitRef> units, String dutyText,
                             String sourceSentence, String sectionPath, int lineNumber, int occurrences) {
        static RecurringDutyView of(ImportedPlan.RecurringDuty duty, Map<String, NameResolution> names) {
            int occurrences = Recurrence.valueOf(duty.frequency()).occurrences();
            return new RecurringDutyView(duty.frequency(), duty.frequencyLabel(),
                    duty.units().stream().map(unit -> UnitRef.of(unit, names)).toList(), duty.dutyText(),
                    duty.sourceSentence(), duty.sectionPath(), duty.lineNumber(), occurrences);
        }
    }

    record GroupView(String numeral, String title, String kind, Integer quarter) {
    }

    record TaskView(GroupView group, Integer quarter, int row, String content, String period, String periodKind,
                    boolean periodInferred, LocalDate dueDate, String dueBasis, UnitRef lead, List<UnitRef> coordinators,
                    int lineNumber) {
        static TaskView of(ImportedPlan.Task task, Map<String, NameResolution> names) {
            return new TaskView(new GroupView(task.groupNumeral(), task.groupTitle(), task.groupKind(), task.quarter()),
                    task.quarter() != null ? task.quarter()
                            : task.dueDate() == null ? null : (task.dueDate().getMonthValue() - 1) / 3 + 1,
                    task.rowNumber(), task.content(), task.periodText(), task.periodKind(), task.periodInferred(),
                    task.dueDate(), task.dueBasis(), UnitRef.of(task.leadUnit(), names),
                    task.coordinatingUnits().stream().map(unit -> UnitRef.of(unit, names)).toList(), task.lineNumber());
        }
    }

    record PhaseView(String phase, String label, long millis) {
    }

    record TimingView(long parseMillis, List<PhaseView> phases, List<ProgressEntry> progress) {
        static TimingView of(PlanImport document) {
            List<PhaseView> phases = ProgressRecorder.phaseMillis(document.progress()).entrySet().stream()
                    .map(entry -> new PhaseView(entry.getKey(), label(entry.getKey()), entry.getValue())).toList();
            return new TimingView(document.parseMillis(), phases, document.progress());
        }

        private static String label(String phase) {
            try {
                return ImportPhase.valueOf(phase).label();
            } catch (IllegalArgumentException e) {
                return phase;
            }
        }
    }

    record SummaryView(int tasks, int recurringDuties, int responsibilities, long unresolvedNames, int warnings) {
    }

    record ConfirmedView(String importId, String planId, String planStatus, int taskCount, int appendixTasks,
                         int recurringDuties, String planUrl) {
    }
}
