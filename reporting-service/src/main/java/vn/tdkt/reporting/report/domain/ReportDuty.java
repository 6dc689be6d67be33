package vn.tdkt.reporting.report.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.tdkt.contracts.reporting.ReportDue;
import vn.tdkt.contracts.reporting.ReportDutyEvent;
import vn.tdkt.contracts.reporting.ReportDutyRef;
import vn.tdkt.contracts.reporting.ReportOverdue;
import vn.tdkt.contracts.reporting.ReportReturned;
import vn.tdkt.contracts.reporting.ReportSubmitted;
import vn.tdkt.platform.domain.Created;
import vn.tdkt.platform.domain.DomainException;

/**
 * One unit's duty to submit one report for one period: the aggregate behind {@code report-due},
 * {@code report-overdue}, {@code report-submitted} and {@code report-returned} (keyed by the duty id).
 *
 * <p>Life: AWAITING → SUBMITTED (a file and the template's figures) → RETURNED by the Sở Nội vụ with reasons and a
 * new date → SUBMITTED again… The reminder ladder runs while the unit owes the report, towards the current deadline
 * (the due date, or the date a return set). A duty that came from a plan task follows the task: a moved due date
 * starts a new ladder, a cancelled task cancels the duty, a task completed in plan-service before any submission
 * closes it. Those task events are applied once, in task order ({@code taskSequence}).
 */
public final class ReportDuty {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private String id;
    private String obligationId;
    private String title;
    private ReportKind kind;
    private String period;
    private int year;
    private String unitCode;
    private LocalDate dueDate;
    private LocalDate deadline;
    private String taskId;
    private String planId;
    private ReportTemplate template;
    private DutyStatus status;
    private List<Submission> submissions = new ArrayList<>();
    private List<LadderMark> ladderMarks = new ArrayList<>();
    private LocalDate ladderStartedOn;
    private Long taskSequence;
    /** Cancelled because the plan task's lead moved to another unit (it is owed again if the lead comes back). */
    private boolean leadMovedAway;
    private Instant closedAt;
    private Instant openedAt;

    private ReportDuty() {
    }

    public static Created<ReportDuty, ReportDutyEvent> open(String id, ReportObligation obligation, String unitCode,
            Instant at) {
        if (!obligation.concerns(unitCode)) {
            throw DomainException.invalid("report.unit-not-concerned", unitCode);
        }
        ReportDuty duty = new ReportDuty();
        duty.id = id;
        duty.obligationId = obligation.id();
        duty.title = obligation.title();
        duty.kind = obligation.kind();
        duty.period = obligation.period();
        duty.year = obligation.year();
        duty.unitCode = unitCode;
        duty.dueDate = obligation.dueDate();
        duty.deadline = obligation.dueDate();
        duty.taskId = obligation.taskId();
        duty.planId = obligation.planId();
        duty.template = obligation.template();
        duty.status = DutyStatus.AWAITING;
        duty.openedAt = at;
        duty.ladderStartedOn = LocalDate.ofInstant(at, ZONE);
        return new Created<>(duty, List.of());
    }

    /**
     * The unit submits (or, after a return, resubmits) its report.
     *
     * @param documentUrl where the file can be fetched (with a token), carried by the event
     */
    public List<ReportDutyEvent> submit(String submissionId, StoredFile file, Map<String, Long> figures,
            String submittedBy, Instant at, String documentUrl) {
        if (status == DutyStatus.SUBMITTED) {
            throw DomainException.conflict("report.already-submitted", id);
        }
        if (!status.isOpen()) {
            throw DomainException.conflict("report.duty-closed", id, status.label());
        }
        // a figure left blank in a form arrives as null: it was not given (and a required one is then missing)
        Map<String, Long> given = new LinkedHashMap<>(figures);
        given.values().removeIf(Objects::isNull);
        template.validate(given);
        boolean resubmission = status == DutyStatus.RETURNED;
        boolean onTime = !LocalDate.ofInstant(at, ZONE).isAfter(deadline);
        submissions.add(new Submission(submissionId, file, given, submittedBy, at, deadline, onTime, resubmission,
                template.isComplete(given), Submission.Status.SUBMITTED, List.of(), null, null, null));
        status = DutyStatus.SUBMITTED;
        return List.of(new ReportSubmitted(ref(), submissionId, submittedBy, at, deadline, onTime, resubmission, taskId,
                documentUrl));
    }

    /**
     * The Sở Nội vụ returns the standing submission with reasons; the unit must resubmit by {@code resubmitBy} (the
     * original due date when none is given, but never a date already past: then the return has no grace period).
     */
    public List<ReportDutyEvent> returnSubmission(String submissionId, List<String> reasons, LocalDate resubmitBy,
            String returnedBy, Instant at) {
        Submission standing = standing();
        if (standing == null || !standing.id().equals(submissionId)) {
            throw DomainException.conflict("report.submission-not-standing", submissionId);
        }
        List<String> cleaned = reasons == null ? List.of()
                : reasons.stream().filter(reason -> reason != null && !reason.isBlank()).map(String::trim).toList();
        if (cleaned.isEmpty()) {
            throw DomainException.invalid("report.return-reasons-missing");
        }
        LocalDate today = LocalDate.ofInstant(at, ZONE);
        if (resubmitBy != null && resubmitBy.isBefore(today)) {
            throw DomainException.invalid("report.resubmit-by-past", resubmitBy);
        }
        LocalDate newDeadline = resubmitBy == null ? dueDate : resubmitBy;
        submissions.set(submissions.indexOf(standing), standing.returned(cleaned, returnedBy, at, newDeadline));
        status = DutyStatus.RETURNED;
        moveDeadline(newDeadline, today);
        return List.of(new ReportReturned(ref(), submissionId, cleaned, resubmitBy, returnedBy, at));
    }

    /** Marks and events of one ladder decision, for one atomic save. */
    public List<ReportDutyEvent> remind(ReportLadder.Decision decision, LocalDate today) {
        List<ReportDutyEvent> events = new ArrayList<>();
        for (LadderStep step : decision.skip()) {
            ladderMarks.add(new LadderMark(step.key(), false, step.reminderDate(), today));
        }
        for (LadderStep step : decision.emit()) {
            if (!status.isOpen() || !step.deadline().equals(deadline) || hasLadderMark(step.key())) {
                throw DomainException.conflict("report.ladder-step-stale", id, step.key());
            }
            ladderMarks.add(new LadderMark(step.key(), true, step.reminderDate(), today));
            // counted from the day the reminder is really sent (a catch-up is later than the step's date)
            int distance = (int) Math.abs(ChronoUnit.DAYS.between(today, step.deadline()));
            events.add(step.overdue()
                    ? new ReportOverdue(ref(), step.deadline(), distance, step.escalate())
                    : new ReportDue(ref(), step.deadline(), step.offsetDays(), distance));
        }
        return events;
    }

    /**
     * The plan task as a {@code task-assigned} or {@code task-updated} now states it, once per task event in task
     * order: a due date moved gives an awaiting duty a new deadline and ladder; another lead unit (a plan amendment)
     * cancels this unit's open duty; the lead given back to this unit makes a duty cancelled by that move owed again.
     */
    public List<ReportDutyEvent> followTask(String leadUnit, LocalDate newDueDate, long sequence, Instant at,
            LocalDate today) {
        if (!newerTaskEvent(sequence)) {
            return List.of();
        }
        boolean moved = newDueDate != null && !newDueDate.equals(dueDate);
        if (moved) {
            dueDate = newDueDate;
        }
        boolean lead = leadUnit == null || leadUnit.equals(unitCode);
        if (!lead && status.isOpen()) {
            status = DutyStatus.CANCELLED;
            closedAt = at;
            leadMovedAway = true;
        } else if (lead && status == DutyStatus.CANCELLED && leadMovedAway && submissions.isEmpty()) {
            status = DutyStatus.AWAITING;
            closedAt = null;
            leadMovedAway = false;
            deadline = dueDate; // the task's date, which the duty kept following while cancelled
            ladderStartedOn = today;
        } else if (moved && status == DutyStatus.AWAITING) {
            moveDeadline(newDueDate, today);
        }
        return List.of();
    }

    /**
     * Whether this duty still follows its task's lead: not cancelled, or cancelled only because the lead moved away (a
     * task that no longer asks for a report, or was cancelled, owes none to any unit).
     */
    public boolean followsLead() {
        return status != DutyStatus.CANCELLED || leadMovedAway;
    }

    /** The plan task was cancelled: the report is no longer owed. */
    public List<ReportDutyEvent> followTaskCancelled(long sequence, Instant at) {
        if (newerTaskEvent(sequence) && status.isOpen()) {
            status = DutyStatus.CANCELLED;
            closedAt = at;
        }
        return List.of();
    }

    /** The plan task was completed in plan-service before any report reached us: the duty is closed there. */
    public List<ReportDutyEvent> followTaskCompleted(long sequence, Instant completedAt) {
        if (newerTaskEvent(sequence) && status == DutyStatus.AWAITING && submissions.isEmpty()) {
            status = DutyStatus.CLOSED_IN_PLAN;
            closedAt = completedAt;
        }
        return List.of();
    }

    private boolean newerTaskEvent(long sequence) {
        if (taskSequence != null && sequence <= taskSequence) {
            return false;
        }
        taskSequence = sequence;
        return true;
    }

    private void moveDeadline(LocalDate newDeadline, LocalDate today) {
        if (!newDeadline.equals(deadline)) {
            deadline = newDeadline;
            ladderStartedOn = today;
        }
    }

    /** How the unit complied, as of {@code today}. */
    public Compliance compliance(LocalDate today) {
        return switch (status) {
            case CANCELLED -> Compliance.CANCELLED;
            case CLOSED_IN_PLAN -> LocalDate.ofInstant(closedAt, ZONE).isAfter(dueDate)
                    ? Compliance.LATE : Compliance.ON_TIME;
            case SUBMITTED -> standing().onTime() ? Compliance.ON_TIME : Compliance.LATE;
            case AWAITING, RETURNED -> today.isAfter(deadline) ? Compliance.MISSING : Compliance.PENDING;
        };
    }

    /** The submission that stands (not returned), if any. */
    /** What every event of this duty repeats: which duty, of which obligation, whose report for which period. */
    public ReportDutyRef ref() {
        return new ReportDutyRef(id, obligationId, title, unitCode, period);
    }

    public Submission standing() {
        for (int i = submissions.size() - 1; i >= 0; i--) {
            if (submissions.get(i).status() == Submission.Status.SUBMITTED) {
                return submissions.get(i);
            }
        }
        return null;
    }

    public Submission submission(String submissionId) {
        return submissions.stream().filter(s -> s.id().equals(submissionId)).findFirst()
                .orElseThrow(() -> DomainException.notFound("report.submission-not-found", submissionId));
    }

    public boolean hasLadderMark(String key) {
        return ladderMarks.stream().anyMatch(mark -> mark.key().equals(key));
    }

    public String id() { return id; }
    public String obligationId() { return obligationId; }
    public String title() { return title; }
    public ReportKind kind() { return kind; }
    public String period() { return period; }
    public int year() { return year; }
    public String unitCode() { return unitCode; }
    public LocalDate dueDate() { return dueDate; }
    public LocalDate deadline() { return deadline; }
    public String taskId() { return taskId; }
    public String planId() { return planId; }
    public ReportTemplate template() { return template; }
    public DutyStatus status() { return status; }
    public List<Submission> submissions() { return List.copyOf(submissions); }
    public List<LadderMark> ladderMarks() { return List.copyOf(ladderMarks); }
    public LocalDate ladderStartedOn() { return ladderStartedOn; }
    public Long taskSequence() { return taskSequence; }
    public Instant closedAt() { return closedAt; }
    public Instant openedAt() { return openedAt; }
}
