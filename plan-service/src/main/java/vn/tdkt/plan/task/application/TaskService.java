package vn.tdkt.plan.task.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.tdkt.plan.task.domain.Evidence;
import vn.tdkt.plan.task.domain.EvidenceKind;
import vn.tdkt.plan.task.domain.Task;
import vn.tdkt.plan.task.domain.TaskStatus;
import vn.tdkt.plan.task.persistence.TaskStore;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;
import vn.tdkt.platform.security.UnitScope;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import lombok.RequiredArgsConstructor;

/**
 * Task use cases with their access rules: province-wide roles (Sở Nội vụ, leaders, admins) see every task; other
 * callers only tasks their unit leads or coordinates (another unit's task answers 404). Completing is for the lead
 * unit or Sở Nội vụ; cancelling and moving the due date for Sở Nội vụ. A command checks access on the task it read,
 * then runs as one version-guarded update ({@code expected} is the caller's If-Match).
 */
@Service
@RequiredArgsConstructor
public class TaskService {

    private static final Logger log = LoggerFactory.getLogger(TaskService.class);

    private final TaskStore store;
    private final Clock clock;

    public record TaskFilter(String unit, String quarter, TaskStatus status, String planId, LocalDate dueFrom,
                             LocalDate dueTo) {
    }

    public PageResponse<Task> search(TdktPrincipal caller, TaskFilter filter, PageQuery page) {
        UnitScope scope = UnitScope.of(caller, filter.unit(), TdktRole.PROVINCE_WIDE);
        if (scope.foreign()) {
            return PageResponse.of(List.of(), page, 0);
        }
        LocalDate from = filter.dueFrom();
        LocalDate to = filter.dueTo();
        if (filter.quarter() != null) {
            LocalDate[] bounds = quarterBounds(filter.quarter());
            from = from == null || bounds[0].isAfter(from) ? bounds[0] : from;
            to = to == null || bounds[1].isBefore(to) ? bounds[1] : to;
        }
        return store.search(scope.unitCode(), from, to, filter.status(), filter.planId(), page);
    }

    /** "2025-Q3" or "Q3"/"3" (then the current year). */
    LocalDate[] quarterBounds(String quarter) {
        String text = quarter.strip().toUpperCase(Locale.ROOT);
        int year = LocalDate.now(clock).getYear();
        String q = text;
        if (text.matches("\\d{4}-Q[1-4]")) {
            year = Integer.parseInt(text.substring(0, 4));
            q = text.substring(6);
        } else if (text.matches("Q[1-4]")) {
            q = text.substring(1);
        } else if (!text.matches("[1-4]")) {
            throw DomainException.invalid("task.quarter-invalid", quarter);
        }
        LocalDate start = LocalDate.of(year, Integer.parseInt(q) * 3 - 2, 1);
        return new LocalDate[] {start, start.plusMonths(3).minusDays(1)};
    }

    public Versioned<Task> get(TdktPrincipal caller, String id) {
        caller.requireSomeRole();
        return store.get(id, task -> caller.isProvinceWide() || task.concerns(caller.unitCode()));
    }

    public Versioned<Task> start(TdktPrincipal caller, String id, VersionPrecondition expected) {
        requireLeadOrSnv(caller, get(caller, id).value(), "task.start-forbidden");
        return store.update(id, expected, Task::start);
    }

    public Versioned<Task> complete(TdktPrincipal caller, String id, EvidenceKind kind, String reference, String note,
            VersionPrecondition expected) {
        requireLeadOrSnv(caller, get(caller, id).value(), "task.complete-forbidden");
        if (kind == null) {
            throw DomainException.invalid("task.evidence-missing");
        }
        Evidence evidence = new Evidence(kind, reference, note, caller.subject(), clock.instant());
        return store.update(id, expected, task -> task.complete(evidence));
    }

    /**
     * A unit submitted the report a task expects (reporting-service's {@code report-submitted}): the task is done,
     * with the report as its evidence. A task already finished, or one this service does not know, is left as it
     * is, so a redelivered or late event changes nothing.
     */
    public void completeWithReport(String taskId, String submissionId, String title, String documentUrl,
            String submittedBy, Instant submittedAt) {
        if (store.find(taskId).isEmpty()) {
            log.info("report-submitted names task {}, which plan-service does not know; ignored", taskId);
            return;
        }
        Evidence report = new Evidence(EvidenceKind.REPORT, documentUrl == null ? submissionId : documentUrl,
                "Báo cáo «" + title + "» (" + submissionId + ")", submittedBy, submittedAt);
        store.update(taskId, VersionPrecondition.none(),
                task -> task.status().isOpen() ? task.complete(report) : List.of());
    }

    public Versioned<Task> cancel(TdktPrincipal caller, String id, String reason, VersionPrecondition expected) {
        requireSnv(caller);
        get(caller, id);
        return store.update(id, expected, task -> task.cancel(caller.subject(), reason, clock.instant()));
    }

    public Versioned<Task> changeDueDate(TdktPrincipal caller, String id, LocalDate dueDate,
            VersionPrecondition expected) {
        requireSnv(caller);
        get(caller, id);
        if (dueDate == null) {
            throw DomainException.invalid("task.due-date-missing");
        }
        return store.update(id, expected, task -> task.changeDueDate(dueDate, LocalDate.now(clock)));
    }

    private static void requireLeadOrSnv(TdktPrincipal caller, Task task, String code) {
        boolean snv = caller.hasAnyRole(TdktRole.SNV_OFFICER);
        boolean leadOfficer = caller.hasRole(TdktRole.UNIT_OFFICER) && task.leadUnit().equals(caller.unitCode());
        if (!snv && !leadOfficer) {
            throw DomainException.forbidden(code, task.id());
        }
    }

    private static void requireSnv(TdktPrincipal caller) {
        caller.requireAnyRole(TdktRole.SNV_OFFICER);
    }
}
