package vn.tdkt.plan.importing.application;

import java.util.List;
import vn.tdkt.plantext.AppendixTask;
import vn.tdkt.plantext.LegalBasis;
import vn.tdkt.plantext.ParsedPlan;
import vn.tdkt.plantext.PlanHeader;
import vn.tdkt.plantext.PlanSection;
import vn.tdkt.plantext.RecurringDuty;
import vn.tdkt.plantext.TextBlock;
import vn.tdkt.plantext.UnitResponsibility;
import vn.tdkt.plan.importing.domain.ImportedPlan;

/** Copies the parser's result into the preview's own records (pure; no registry lookups). */
final class PreviewMapper {

    private PreviewMapper() {
    }

    static ImportedPlan map(ParsedPlan parsed) {
        PlanHeader h = parsed.header();
        return new ImportedPlan(parsed.format().name(),
                new ImportedPlan.Header(h.issuer(), h.number(), h.place(), h.date(), h.documentType(), h.title(), h.year()),
                parsed.legalBases().stream().map(PreviewMapper::legalBasis).toList(),
                parsed.preamble(),
                parsed.sections().stream().map(PreviewMapper::section).toList(),
                parsed.closingRemarks(),
                parsed.responsibilities().stream().map(PreviewMapper::responsibility).toList(),
                parsed.recurringDuties().stream().map(PreviewMapper::recurring).toList(),
                parsed.recipients(),
                parsed.signer() == null ? null
                        : new ImportedPlan.Signer(parsed.signer().name(), parsed.signer().title(), parsed.signer().authority()),
                parsed.appendixTasks().stream().map(PreviewMapper::task).toList(),
                parsed.citations().stream().map(c -> new ImportedPlan.Citation(c.kind(), c.number(), c.date(), c.issuer(),
                        c.role().name(), c.citedIn(), c.text(), c.lineNumber())).toList());
    }

    private static ImportedPlan.LegalBasis legalBasis(LegalBasis basis) {
        return new ImportedPlan.LegalBasis(basis.text(), basis.documentKind(), basis.documentNumber(), basis.date(),
                basis.lineNumber(), basis.issuer(), basis.role().name());
    }

    private static ImportedPlan.Section section(PlanSection section) {
        return new ImportedPlan.Section(section.level().name(), section.number(), section.path(), section.title(),
                section.blocks().stream().map(PreviewMapper::block).toList(),
                section.subsections().stream().map(PreviewMapper::section).toList(), section.lineNumber());
    }

    private static ImportedPlan.Block block(TextBlock block) {
        return new ImportedPlan.Block(block.bullet(), block.marker(), block.text(), block.lineNumber());
    }

    private static ImportedPlan.Responsibility responsibility(UnitResponsibility r) {
        return new ImportedPlan.Responsibility(r.unitName(), r.duties(), r.sectionPath(), r.lineNumber());
    }

    private static ImportedPlan.RecurringDuty recurring(RecurringDuty duty) {
        return new ImportedPlan.RecurringDuty(duty.frequency().name(), duty.frequency().label(), duty.units(),
                duty.dutyText(), duty.sourceSentence(), duty.sectionPath(), duty.lineNumber());
    }

    private static ImportedPlan.Task task(AppendixTask task) {
        return new ImportedPlan.Task(task.group().numeral(), task.group().title(), task.group().kind().name(),
                task.group().quarter(), task.rowNumber(), task.content(), task.periodText(), task.period().kind().name(),
                task.periodInferred(), task.dueDate().date(), task.dueDate().basis().label(), task.leadUnit(),
                List.copyOf(task.coordinatingUnits()), task.lineNumber());
    }
}
