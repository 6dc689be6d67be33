package vn.tdkt.reporting.scoring.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.tdkt.reporting.projection.application.ProjectionQueries;
import vn.tdkt.reporting.projection.domain.MovementRow;
import vn.tdkt.reporting.projection.domain.RegistrationRow;
import vn.tdkt.reporting.projection.domain.TaskLifecycle;
import vn.tdkt.reporting.projection.domain.TaskRow;
import vn.tdkt.reporting.report.application.ReportQueries;
import vn.tdkt.reporting.report.domain.Compliance;
import vn.tdkt.reporting.report.domain.DutyStatus;
import vn.tdkt.reporting.report.domain.ReportDuty;
import vn.tdkt.reporting.report.domain.Submission;
import vn.tdkt.reporting.scoring.domain.Evidence;
import vn.tdkt.reporting.scoring.domain.EvidenceLink;
import vn.tdkt.reporting.scoring.domain.Metric;
import lombok.RequiredArgsConstructor;

/**
 * Finds, for each member of a cluster and the sheet's year, what the automatic criteria measure (plan-to-award
 * traceability, PRODUCT.md Part 4 item 5), each fact linked to the event that established it:
 * <ul>
 *   <li>{@link Metric#TASKS_ON_TIME}: tasks the unit leads, due in the year and due by today (or done), not
 *       cancelled; those completed by their due date count ({@code task-completed});</li>
 *   <li>{@link Metric#REPORTS_ON_TIME_COMPLETE}: the unit's report duties of the year whose deadline passed or that
 *       were submitted; those submitted on time with every figure of the template count ({@code report-submitted});</li>
 *   <li>{@link Metric#MOVEMENT_RESULTS}: movements running in the year the unit takes part in; those for which its
 *       registration was approved count ({@code registration-approved}).</li>
 * </ul>
 */
@Component
@RequiredArgsConstructor
public class EvidenceCollector {

    private final ProjectionQueries projections;
    private final ReportQueries reports;
    private final Clock clock;

    public Map<String, Map<Metric, Evidence>> collect(List<String> units, int year) {
        LocalDate today = LocalDate.now(clock);
        List<MovementRow> movements = projections.movements().stream().filter(m -> m.runsIn(year)).toList();
        List<RegistrationRow> registrations = projections.registrationsOf(units);
        Map<String, Map<Metric, Evidence>> result = new HashMap<>();
        for (String unit : units) {
            Map<Metric, Evidence> found = new EnumMap<>(Metric.class);
            found.put(Metric.TASKS_ON_TIME, tasks(unit, year, today));
            found.put(Metric.REPORTS_ON_TIME_COMPLETE, reports(unit, year, today));
            found.put(Metric.MOVEMENT_RESULTS, movements(unit, movements, registrations));
            result.put(unit, found);
        }
        return result;
    }

    private Evidence tasks(String unit, int year, LocalDate today) {
        List<EvidenceLink> links = new ArrayList<>();
        int counted = 0;
        for (TaskRow task : projections.tasksConcerning(unit)) {
            if (!unit.equals(task.leadUnit()) || task.dueDate() == null || task.dueDate().getYear() != year
                    || task.lifecycle() == TaskLifecycle.CANCELLED) {
                continue;
            }
            boolean done = task.lifecycle() == TaskLifecycle.DONE;
            if (!done && !task.dueDate().isBefore(today)) {
                continue; // not yet due: neither for nor against the unit
            }
            boolean onTime = task.doneOnTime();
            counted += onTime ? 1 : 0;
            links.add(new EvidenceLink(done ? "task-completed" : "task-overdue", task.taskId(),
                    done ? task.completedEventId() : null, task.evidenceReference(),
                    (onTime ? "Hoàn thành đúng hạn: " : done ? "Hoàn thành trễ hạn: " : "Quá hạn, chưa hoàn thành: ")
                            + task.content(), onTime));
        }
        return new Evidence(Metric.TASKS_ON_TIME, counted, links.size(), links);
    }

    private Evidence reports(String unit, int year, LocalDate today) {
        List<EvidenceLink> links = new ArrayList<>();
        int counted = 0;
        for (ReportDuty duty : reports.duties(unit, year)) {
            Compliance compliance = duty.compliance(today);
            if (compliance == Compliance.CANCELLED || compliance == Compliance.PENDING) {
                continue;
            }
            Submission standing = duty.standing();
            // a task completed in plan-service before any report reached us closes the duty with no submission
            boolean closedInPlan = standing == null && duty.status() == DutyStatus.CLOSED_IN_PLAN;
            boolean complete = standing == null || standing.complete();
            boolean counts = compliance == Compliance.ON_TIME && complete;
            counted += counts ? 1 : 0;
            String note = closedInPlan
                    ? (compliance == Compliance.ON_TIME ? "Nhiệm vụ hoàn thành đúng hạn bên kế hoạch: "
                            : "Nhiệm vụ hoàn thành trễ hạn bên kế hoạch: ")
                    : switch (compliance) {
                        case ON_TIME -> complete ? "Nộp đúng hạn, đủ số liệu: " : "Nộp đúng hạn nhưng thiếu số liệu: ";
                        case LATE -> "Nộp trễ hạn: ";
                        default -> "Chưa nộp, đã quá hạn: ";
                    };
            String eventType = standing != null ? "report-submitted" : closedInPlan ? "task-completed"
                    : "report-overdue";
            links.add(new EvidenceLink(eventType, duty.id(), null, standing == null ? null : standing.id(),
                    note + duty.title(), counts));
        }
        return new Evidence(Metric.REPORTS_ON_TIME_COMPLETE, counted, links.size(), links);
    }

    private static Evidence movements(String unit, List<MovementRow> movements, List<RegistrationRow> registrations) {
        List<EvidenceLink> links = new ArrayList<>();
        int counted = 0;
        for (MovementRow movement : movements) {
            if (!movement.participants().contains(unit)) {
                continue;
            }
            RegistrationRow approved = registrations.stream()
                    .filter(r -> unit.equals(r.unitCode()) && movement.movementId().equals(r.movementId())
                            && r.status() == RegistrationRow.Status.APPROVED)
                    .findFirst().orElse(null);
            if (approved != null) {
                counted++;
                links.add(new EvidenceLink("registration-approved", approved.registrationId(),
                        approved.approvedEventId(), movement.movementId(), "Đăng ký thi đua được duyệt: "
                                + movement.name(), true));
            } else {
                links.add(new EvidenceLink("movement-launched", movement.movementId(), movement.launchedEventId(),
                        null, "Chưa có đăng ký thi đua được duyệt: " + movement.name(), false));
            }
        }
        return new Evidence(Metric.MOVEMENT_RESULTS, counted, links.size(), links);
    }
}
