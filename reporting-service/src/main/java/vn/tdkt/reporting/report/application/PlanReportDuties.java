package vn.tdkt.reporting.report.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.tdkt.contracts.plan.PlanPublished;
import vn.tdkt.contracts.plan.TaskAssigned;
import vn.tdkt.contracts.plan.TaskCancelled;
import vn.tdkt.contracts.plan.TaskCompleted;
import vn.tdkt.contracts.plan.TaskRef;
import vn.tdkt.contracts.plan.TaskUpdated;
import vn.tdkt.contracts.reporting.ReportDutyEvent;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.text.TextNormalizer;
import vn.tdkt.reporting.projection.application.Projection;
import vn.tdkt.reporting.report.domain.ObligationSource;
import vn.tdkt.reporting.report.domain.Period;
import vn.tdkt.reporting.report.domain.ReportDuty;
import vn.tdkt.reporting.report.domain.ReportKind;
import vn.tdkt.reporting.report.domain.ReportObligation;
import vn.tdkt.reporting.report.persistence.ReportDutyStore;
import vn.tdkt.reporting.support.DataFiles;

/**
 * Report obligations that come from plans (rules in {@code report/plan-report-duties.yml}):
 * <ul>
 *   <li>a task assigned to its lead unit with {@code expectedEvidence = REPORT} is a report the lead unit owes;</li>
 *   <li>a task of a published plan that reads as a recurring report duty ("định kỳ báo cáo", "hằng quý báo cáo")
 *       is one too, even where plan-service did not tag its evidence.</li>
 * </ul>
 * The obligation id is derived from the task id, so both paths and every redelivery meet the same obligation. When
 * the unit submits, {@code report-submitted} carries the task id and plan-service completes the task. Later task
 * events (due date moved, lead unit or evidence changed by an amendment, cancelled, completed in plan-service) follow
 * on the duty, once each, in task order.
 */
@Service
public class PlanReportDuties {

    private static final Logger log = LoggerFactory.getLogger(PlanReportDuties.class);
    static final String LOCATION = "report/plan-report-duties.yml";

    /** The data file's shape: folded keywords (lower case, no diacritics). */
    record Rules(String citation, String templateCode, String evidenceKind, List<String> reportKeywords,
            List<String> recurringKeywords) {
    }

    private final Rules rules;
    private final ObligationService obligations;
    private final ReportDutyStore duties;
    private final ReportTemplates templates;
    private final Projection projection;
    private final Clock clock;

    public PlanReportDuties(ObligationService obligations, ReportDutyStore duties, ReportTemplates templates,
            Projection projection, Clock clock) {
        this.rules = DataFiles.read(LOCATION, Rules.class);
        this.obligations = obligations;
        this.duties = duties;
        this.templates = templates;
        this.projection = projection;
        this.clock = clock;
        templates.require(rules.templateCode());
    }

    public static String obligationIdOf(String taskId) {
        return "task-" + taskId;
    }

    public void taskAssigned(TaskAssigned assigned, long sequence) {
        if (!"LEAD".equals(assigned.role()) || !rules.evidenceKind().equals(assigned.expectedEvidence())) {
            return;
        }
        TaskRef task = assigned.task();
        if (ensure(task.taskId(), task.planId(), task.content(), task.leadUnit(), assigned.dueDate())) {
            followTask(task.taskId(), assigned.unitCode(), assigned.dueDate(), sequence);
        }
    }

    public void planPublished(PlanPublished plan) {
        for (PlanPublished.PlannedTask task : plan.tasks()) {
            if (isRecurringReport(task.content(), task.periodText())) {
                ensure(task.taskId(), plan.planId(), task.content(), task.leadUnit(), task.dueDate());
            }
        }
    }

    public void taskUpdated(TaskUpdated task, long sequence) {
        if (task.changedFields().contains("expectedEvidence")) {
            TaskRef ref = task.task();
            if (rules.evidenceKind().equals(task.expectedEvidence())) {
                // an amendment now asks for a report: the lead unit owes one
                ensure(ref.taskId(), ref.planId(), ref.content(), ref.leadUnit(), task.dueDate());
            } else if (!isRecurringReport(ref.content(), task.periodText())) {
                // it no longer asks for one (another kind, or none), nor does its text: the report is no longer owed
                follow(ref.taskId(), duty -> duty.followTaskCancelled(sequence, clock.instant()));
                return;
            }
        }
        followTask(task.taskId(), task.task().leadUnit(), task.dueDate(), sequence);
    }

    /**
     * The task's duties follow its lead unit and due date (one read, one save each). A lead that holds no duty yet gets
     * one under the same obligation, which then takes this same event; nothing happens for a task that owes no report.
     */
    private void followTask(String taskId, String leadUnit, LocalDate dueDate, long sequence) {
        List<Versioned<ReportDuty>> existing = duties.ofTask(taskId);
        boolean reportOwed = existing.stream().anyMatch(duty -> duty.value().followsLead());
        existing.forEach(duty -> applyTo(duty.value().id(), leadUnit, dueDate, sequence));
        if (reportOwed && leadUnit != null
                && existing.stream().noneMatch(duty -> duty.value().unitCode().equals(leadUnit))) {
            log.info("Report task {} has a new lead unit {}: its duty moves there", taskId, leadUnit);
            String obligationId = obligationIdOf(taskId);
            obligations.addUnit(obligationId, leadUnit);
            duties.of(obligationId, leadUnit)
                    .ifPresent(duty -> applyTo(duty.value().id(), leadUnit, dueDate, sequence));
        }
    }

    private void applyTo(String dutyId, String leadUnit, LocalDate dueDate, long sequence) {
        duties.update(dutyId, VersionPrecondition.none(),
                duty -> duty.followTask(leadUnit, dueDate, sequence, clock.instant(), today()));
        projection.changed(DutyService.VIEW, dutyId);
    }

    public void taskCancelled(TaskCancelled task, long sequence) {
        follow(task.taskId(), duty -> duty.followTaskCancelled(sequence, task.cancelledAt()));
    }

    public void taskCompleted(TaskCompleted task, long sequence) {
        follow(task.taskId(), duty -> duty.followTaskCompleted(sequence, task.completedAt()));
    }

    boolean isRecurringReport(String content, String periodText) {
        String text = TextNormalizer.fold(content == null ? "" : content);
        String period = TextNormalizer.fold(periodText == null ? "" : periodText);
        return rules.reportKeywords().stream().anyMatch(text::contains)
                && rules.recurringKeywords().stream().anyMatch(keyword -> text.contains(keyword)
                        || period.contains(keyword));
    }

    private boolean ensure(String taskId, String planId, String content, String leadUnit, LocalDate dueDate) {
        if (dueDate == null) {
            log.debug("Task {} asks for a report but has no due date; no duty until it gets one", taskId);
            return false;
        }
        String title = content.length() > 300 ? content.substring(0, 300) : content;
        obligations.ensure(obligationIdOf(taskId), new ReportObligation.Definition(title, ReportKind.PLAN_TASK,
                Period.quarterOf(dueDate).value(), dueDate, List.of(leadUnit), templates.require(rules.templateCode()),
                ObligationSource.PLAN_TASK, taskId, planId, null), "plan-service");
        return true;
    }

    private void follow(String taskId, Function<ReportDuty, List<ReportDutyEvent>> command) {
        for (Versioned<ReportDuty> duty : duties.ofTask(taskId)) {
            duties.update(duty.value().id(), VersionPrecondition.none(), command);
            projection.changed(DutyService.VIEW, duty.value().id());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
