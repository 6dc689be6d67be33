package vn.tdkt.plan.task.application;

import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.web.paging.PageQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.tdkt.plan.task.domain.Evidence;
import vn.tdkt.plan.task.domain.EvidenceKind;
import vn.tdkt.plan.task.domain.Task;
import vn.tdkt.plan.task.domain.TaskStatus;
import vn.tdkt.plan.task.persistence.TaskDocument;
import vn.tdkt.plan.task.persistence.TaskStore;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;

/**
 * Task use cases with their access rules: province-wide roles (Sở Nội vụ, leaders, admins) see every task; other
 * callers only tasks their unit leads or coordinates (another unit's task answers 404). Completing is for the lead
 * unit or Sở Nội vụ; cancelling and moving the due date for Sở Nội vụ.
 */
@Service
public class TaskService {

    private final TaskStore store;
    private final Clock clock;

    public TaskService(TaskStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public record TaskFilter(String unit, String quarter, TaskStatus status, String planId, LocalDate dueFrom,
                             LocalDate dueTo) {
    }

    public PageResponse<TaskDocument> search(TdktPrincipal caller, TaskFilter filter, PageQuery page) {
        requireAnyRole(caller);
        List<Criteria> criteria = new ArrayList<>();
        if (!caller.isProvinceWide()) {
            if (filter.unit() != null && !filter.unit().equals(caller.unitCode())) {
                return PageResponse.of(List.of(), page, 0);
            }
            criteria.add(Criteria.where(TaskDocument.UNITS).is(caller.unitCode()));
        } else if (filter.unit() != null) {
            criteria.add(Criteria.where(TaskDocument.UNITS).is(filter.unit()));
        }
        LocalDate from = filter.dueFrom();
        LocalDate to = filter.dueTo();
        if (filter.quarter() != null) {
            LocalDate[] bounds = quarterBounds(filter.quarter());
            from = from == null || bounds[0].isAfter(from) ? bounds[0] : from;
            to = to == null || bounds[1].isBefore(to) ? bounds[1] : to;
        }
        if (from != null || to != null) {
            Criteria due = Criteria.where(TaskDocument.DUE_DATE);
            if (from != null) {
                due = due.gte(from);
            }
            if (to != null) {
                due = due.lte(to);
            }
            criteria.add(due);
        }
        if (filter.status() != null) {
            criteria.add(Criteria.where(TaskDocument.STATUS).is(filter.status().name()));
        }
        if (filter.planId() != null) {
            criteria.add(Criteria.where(TaskDocument.PLAN_ID).is(filter.planId()));
        }
        Query query = criteria.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(criteria));
        long total = store.count(query);
        query.with(Sort.by(Sort.Order.asc(TaskDocument.DUE_DATE), Sort.Order.asc("_id")))
                .skip(page.offset()).limit(page.size());
        return PageResponse.of(store.search(query), page, total);
    }

    /** "2025-Q3" or "Q3"/"3" (then the current year). */
    LocalDate[] quarterBounds(String quarter) {
        String text = quarter.strip().toUpperCase(java.util.Locale.ROOT);
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
        int number = Integer.parseInt(q);
        LocalDate start = LocalDate.of(year, number * 3 - 2, 1);
        return new LocalDate[] {start, start.plusMonths(3).minusDays(1)};
    }

    public TaskDocument get(TdktPrincipal caller, String id) {
        requireAnyRole(caller);
        TaskDocument document = store.find(id).orElseThrow(() -> DomainException.notFound("task.not-found", id));
        if (!caller.isProvinceWide() && !document.getTask().concerns(caller.unitCode())) {
            throw DomainException.notFound("task.not-found", id);
        }
        return document;
    }

    /** {@code precondition} checks the loaded version (If-Match) before anything changes, here and below. */
    public TaskDocument start(TdktPrincipal caller, String id, Consumer<Long> precondition) {
        TaskDocument document = get(caller, id);
        requireLeadOrSnv(caller, document.getTask(), "task.start-forbidden");
        precondition.accept(document.getVersion());
        return store.save(document, document.getTask().start());
    }

    public TaskDocument complete(TdktPrincipal caller, String id, EvidenceKind kind, String reference, String note,
            Consumer<Long> precondition) {
        TaskDocument document = get(caller, id);
        Task task = document.getTask();
        requireLeadOrSnv(caller, task, "task.complete-forbidden");
        precondition.accept(document.getVersion());
        if (kind == null) {
            throw DomainException.invalid("task.evidence-missing");
        }
        return store.save(document, task.complete(new Evidence(kind, reference, note, caller.subject(), clock.instant())));
    }

    private static void requireLeadOrSnv(TdktPrincipal caller, Task task, String code) {
        boolean snv = caller.hasAnyRole(TdktRole.SNV_OFFICER);
        boolean leadOfficer = caller.hasRole(TdktRole.UNIT_OFFICER) && task.leadUnit().equals(caller.unitCode());
        if (!snv && !leadOfficer) {
            throw DomainException.forbidden(code, task.id());
        }
    }

    public TaskDocument cancel(TdktPrincipal caller, String id, String reason, Consumer<Long> precondition) {
        requireSnv(caller);
        TaskDocument document = get(caller, id);
        precondition.accept(document.getVersion());
        return store.save(document, document.getTask().cancel(caller.subject(), reason, clock.instant()));
    }

    public TaskDocument changeDueDate(TdktPrincipal caller, String id, LocalDate dueDate,
            Consumer<Long> precondition) {
        requireSnv(caller);
        TaskDocument document = get(caller, id);
        precondition.accept(document.getVersion());
        if (dueDate == null) {
            throw DomainException.invalid("task.due-date-missing");
        }
        return store.save(document, document.getTask().changeDueDate(dueDate, LocalDate.now(clock)));
    }

    private static void requireSnv(TdktPrincipal caller) {
        if (!caller.hasRole(TdktRole.SNV_OFFICER)) {
            throw DomainException.forbidden("security.forbidden");
        }
    }

    private static void requireAnyRole(TdktPrincipal caller) {
        if (caller.roles().isEmpty()) {
            throw DomainException.forbidden("security.forbidden");
        }
    }
}
