package vn.tdkt.nomination.dossier.domain;

import vn.tdkt.nomination.catalogue.domain.DocumentKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import vn.tdkt.contracts.nomination.AppraisalOutcome;
import vn.tdkt.contracts.nomination.DossierAppraised;
import vn.tdkt.contracts.nomination.DossierAssigned;
import vn.tdkt.contracts.nomination.DossierEvent;
import vn.tdkt.contracts.nomination.DossierRecalled;
import vn.tdkt.contracts.nomination.DossierRef;
import vn.tdkt.contracts.nomination.DossierResubmitted;
import vn.tdkt.contracts.nomination.DossierReturned;
import vn.tdkt.contracts.nomination.DossierSlaBreached;
import vn.tdkt.contracts.nomination.DossierSlaDue;
import vn.tdkt.contracts.nomination.DossierSubmitted;
import vn.tdkt.contracts.nomination.SlaDeadline;
import vn.tdkt.nomination.sla.domain.ClockKind;
import vn.tdkt.nomination.sla.domain.SlaClock;
import vn.tdkt.nomination.sla.domain.SlaContext;
import vn.tdkt.nomination.sla.domain.SlaStep;
import vn.tdkt.platform.domain.Created;
import vn.tdkt.platform.domain.DomainException;

/**
 * A nomination dossier (hồ sơ đề nghị khen thưởng): a unit proposes one person, collective or household for one
 * award, in a proposal batch (đợt đề nghị) under one tờ trình.
 *
 * <pre>
 * DRAFT ──submit──▶ SUBMITTED ──assign──▶ UNDER_APPRAISAL ──appraise──▶ APPRAISED_ELIGIBLE | APPRAISED_NOT_ELIGIBLE
 *                     │  ▲ recall              │
 *                     │  └──────resubmit──── RETURNED ◀──return── (from SUBMITTED or UNDER_APPRAISAL)
 *                     └──recall──▶ RECALLED
 * </pre>
 *
 * Two working-day clocks run from a complete (submitted) dossier: APPRAISAL (R-SLA-03) pauses while the dossier is
 * returned and resumes on resubmission; RETURN (R-SLA-01) runs from each receipt until the dossier is accepted for
 * appraisal, returned, recalled or appraised. Every command returns the events to publish and appends a history
 * entry; a command in the wrong state is a conflict ({@code dossier.illegal-transition}).
 *
 * <p>What the law requires before submission and appraisal (documents, holds, duplicates, quotas, windows) is judged
 * by the rules engine in the application layer, which calls the commands here only when nothing blocks.
 */
public final class Dossier {

    private String id;
    private String unitCode;
    private String batchId;
    private String importId;
    private DossierContent content;
    private List<Attachment> attachments = new ArrayList<>();
    private DossierStatus status;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    private String submittedBy;
    private Instant submittedAt;
    private LocalDate firstSubmittedOn;
    private int submissions;
    private String assignee;
    private ReturnNote lastReturn;
    private DossierContent contentWhenReturned;
    private List<String> attachmentsWhenReturned;
    private Appraisal appraisal;
    private SlaClock appraisalClock;
    private SlaClock returnClock;
    private LocalDate nextSlaCheck;
    private List<HistoryEntry> history = new ArrayList<>();

    private Dossier() {
    }

    /** A new draft of {@code unitCode} in batch {@code batchId}; the subject's unit defaults to the proposing unit. */
    public static Created<Dossier, DossierEvent> draft(String id, String unitCode, String batchId,
            DossierContent content, String by, Instant now) {
        if (unitCode == null || unitCode.isBlank()) {
            throw DomainException.invalid("dossier.unit-required");
        }
        Dossier dossier = new Dossier();
        dossier.id = Objects.requireNonNull(id, "id");
        dossier.unitCode = unitCode;
        dossier.batchId = batchId;
        dossier.content = withUnit(content, unitCode);
        dossier.status = DossierStatus.DRAFT;
        dossier.createdBy = by;
        dossier.createdAt = now;
        dossier.updatedAt = now;
        dossier.history.add(new HistoryEntry(now, by, null, null, DossierStatus.DRAFT, List.of(), null, List.of(),
                "Lập hồ sơ"));
        return new Created<>(dossier, List.of());
    }

    /** A draft created by a bulk import, invisible until the import is confirmed (see nomineeimport). */
    public static Created<Dossier, DossierEvent> imported(String id, String unitCode, String batchId,
            String importId, DossierContent content, String by, Instant now) {
        Created<Dossier, DossierEvent> created = draft(id, unitCode, batchId, content, by, now);
        created.aggregate().importId = importId;
        return created;
    }

    private static DossierContent withUnit(DossierContent content, String unitCode) {
        Subject subject = content.subject();
        if (subject.unitCode() == null || subject.unitCode().isBlank()) {
            return new DossierContent(subject.inUnit(unitCode), content.proposal(), content.achievement(),
                    content.declaredAwards());
        }
        return content;
    }

    /** Throws the 409 problem if {@code action} is not allowed in the current state. */
    public void require(DossierAction action) {
        if (!action.allowedFrom(status)) {
            throw DomainException.conflict("dossier.illegal-transition", action, status);
        }
    }

    /** Changes the content of a draft or of a returned dossier. */
    public List<DossierEvent> revise(DossierContent newContent, String by, Instant now) {
        require(DossierAction.EDIT);
        DossierContent revised = withUnit(newContent, unitCode);
        List<FieldChange> changes = revised.changesSince(content);
        content = revised;
        updatedAt = now;
        history.add(entry(now, by, DossierAction.EDIT, status, List.of(), null, changes, null));
        return List.of();
    }

    public List<DossierEvent> attach(Attachment attachment, Instant now) {
        require(DossierAction.ATTACH);
        attachments.add(attachment);
        updatedAt = now;
        history.add(entry(now, attachment.uploadedBy(), DossierAction.ATTACH, status, List.of(), null, List.of(),
                attachment.kind().label() + ": " + attachment.fileName()));
        return List.of();
    }

    public Attachment detach(String attachmentId, String by, Instant now) {
        require(DossierAction.DETACH);
        Attachment removed = attachment(attachmentId)
                .orElseThrow(() -> DomainException.notFound("document.not-found", attachmentId));
        attachments.remove(removed);
        updatedAt = now;
        history.add(entry(now, by, DossierAction.DETACH, status, List.of(), null, List.of(),
                removed.kind().label() + ": " + removed.fileName()));
        return removed;
    }

    /** The unit sends its draft: the appraisal and return clocks start from this complete dossier. */
    public List<DossierEvent> submit(String by, Instant now, LocalDate today, SlaContext sla) {
        require(DossierAction.SUBMIT);
        DossierStatus from = status;
        status = DossierStatus.SUBMITTED;
        submittedBy = Objects.requireNonNull(by, "by");
        submittedAt = now;
        firstSubmittedOn = today;
        submissions = 1;
        updatedAt = now;
        appraisalClock = SlaClock.start(ClockKind.APPRAISAL, 1, sla.policy().appraisalDays(), today);
        returnClock = SlaClock.start(ClockKind.RETURN, 1, sla.policy().returnDays(), today);
        refreshNextCheck(sla);
        history.add(entry(now, by, DossierAction.SUBMIT, from, List.of(), null, List.of(), null));
        return List.of(new DossierSubmitted(ref(), content.proposal().year(), now));
    }

    /** The submitting unit withdraws its dossier before appraisal starts. */
    public List<DossierEvent> recall(String reason, String by, Instant now, LocalDate today, SlaContext sla) {
        require(DossierAction.RECALL);
        DossierStatus from = status;
        status = DossierStatus.RECALLED;
        updatedAt = now;
        stopClocks(today, sla);
        history.add(entry(now, by, DossierAction.RECALL, from, reason == null ? List.of() : List.of(reason), null,
                List.of(), null));
        return List.of(new DossierRecalled(ref(), content.proposal().year(), batchId, reason, by, now));
    }

    /** A Sở Nội vụ officer takes the dossier into appraisal (or hands it to another officer). */
    public List<DossierEvent> assign(String officer, String by, Instant now, LocalDate today, SlaContext sla) {
        require(DossierAction.ASSIGN);
        if (officer == null || officer.isBlank()) {
            throw DomainException.invalid("dossier.assignee-required");
        }
        DossierStatus from = status;
        status = DossierStatus.UNDER_APPRAISAL;
        assignee = officer;
        updatedAt = now;
        returnClock = returnClock == null ? null : returnClock.stop(today, sla.calendar());
        refreshNextCheck(sla);
        history.add(entry(now, by, DossierAction.ASSIGN, from, List.of(), null, List.of(), "Chuyên viên: " + officer));
        LocalDate appraiseBy = appraisalClock.dueDate(sla.calendar()).orElseThrow();
        return List.of(new DossierAssigned(ref(), content.proposal().year(), batchId, officer, by, now,
                appraiseBy));
    }

    /** Sở Nội vụ returns the dossier for completion: the appraisal clock pauses until the unit resubmits. */
    public List<DossierEvent> returnForCompletion(List<String> reasons, LocalDate completeBy, String by, Instant now,
            LocalDate today, SlaContext sla) {
        require(DossierAction.RETURN);
        List<String> given = reasons == null ? List.of()
                : reasons.stream().filter(r -> r != null && !r.isBlank()).map(String::strip).toList();
        if (given.isEmpty()) {
            throw DomainException.invalid("dossier.return.reasons-required");
        }
        if (completeBy == null || !completeBy.isAfter(today)) {
            throw DomainException.invalid("dossier.return.deadline-invalid", String.valueOf(completeBy));
        }
        DossierStatus from = status;
        status = DossierStatus.RETURNED;
        updatedAt = now;
        lastReturn = new ReturnNote(given, completeBy, by, now);
        contentWhenReturned = content;
        attachmentsWhenReturned = attachments.stream().map(Dossier::describe).toList();
        appraisalClock = appraisalClock.pause(today, sla.calendar());
        returnClock = returnClock == null ? null : returnClock.stop(today, sla.calendar());
        refreshNextCheck(sla);
        history.add(entry(now, by, DossierAction.RETURN, from, given, completeBy, List.of(), null));
        return List.of(new DossierReturned(ref(), content.proposal().year(), batchId, given, completeBy, by,
                now));
    }

    /**
     * The unit sends the completed dossier back. It returns to its appraising officer if it had one; the appraisal
     * clock resumes, a new return clock starts, and the history records what changed since the return.
     */
    public List<DossierEvent> resubmit(String by, Instant now, LocalDate today, SlaContext sla) {
        require(DossierAction.RESUBMIT);
        List<FieldChange> changes = new ArrayList<>(content.changesSince(contentWhenReturned));
        changes.addAll(attachmentChanges());
        DossierStatus from = status;
        status = assignee == null ? DossierStatus.SUBMITTED : DossierStatus.UNDER_APPRAISAL;
        submissions++;
        submittedAt = now;
        updatedAt = now;
        appraisalClock = appraisalClock.resume(today);
        returnClock = SlaClock.start(ClockKind.RETURN, submissions, sla.policy().returnDays(), today);
        refreshNextCheck(sla);
        contentWhenReturned = null;
        attachmentsWhenReturned = null;
        history.add(entry(now, by, DossierAction.RESUBMIT, from, List.of(), null, changes, null));
        List<String> changedFields = changes.stream().map(FieldChange::field).distinct().toList();
        return List.of(new DossierResubmitted(ref(), content.proposal().year(), batchId, changedFields, by, now));
    }

    /**
     * The officer concludes the appraisal. {@code decided} null confirms the engine's outcome; a different outcome
     * overrides it and needs reasons. A NOT_ELIGIBLE conclusion without reasons takes the failing rules'
     * explanations.
     */
    public List<DossierEvent> appraise(AppraisalOutcome decided, List<String> reasons, String ruleSetId,
            List<RuleResult> ruleResults, String by, Instant now, LocalDate today, SlaContext sla) {
        require(DossierAction.APPRAISE);
        boolean engineEligible = ruleResults.stream().allMatch(RuleResult::passed);
        AppraisalOutcome engine = engineEligible ? AppraisalOutcome.ELIGIBLE : AppraisalOutcome.NOT_ELIGIBLE;
        AppraisalOutcome outcome = decided == null ? engine : decided;
        boolean overridden = outcome != engine;
        List<String> given = reasons == null ? List.of()
                : reasons.stream().filter(r -> r != null && !r.isBlank()).map(String::strip).toList();
        if (overridden && given.isEmpty()) {
            throw DomainException.invalid("dossier.appraisal.override-reasons-required", engine);
        }
        if (outcome == AppraisalOutcome.NOT_ELIGIBLE && given.isEmpty()) {
            given = ruleResults.stream().filter(r -> !r.passed())
                    .map(r -> r.ruleId() + ": " + (r.explanation() == null ? r.citation() : r.explanation()))
                    .toList();
        }
        DossierStatus from = status;
        status = outcome == AppraisalOutcome.ELIGIBLE ? DossierStatus.APPRAISED_ELIGIBLE
                : DossierStatus.APPRAISED_NOT_ELIGIBLE;
        updatedAt = now;
        appraisal = new Appraisal(outcome, engine, overridden, given, ruleSetId, ruleResults, by, now);
        stopClocks(today, sla);
        history.add(entry(now, by, DossierAction.APPRAISE, from, given, null, List.of(),
                overridden ? "Chuyên viên kết luận khác kết quả kiểm tra tự động (" + engine.label() + ")" : null));
        return List.of(new DossierAppraised(ref(), outcome, given, by, now, ruleSetId, ruleResults.stream()
                        .map(r -> new DossierAppraised.RuleOutcome(r.ruleId(), r.citation(), r.passed(),
                                r.explanation()))
                        .toList()));
    }

    /** What every event of this dossier repeats: which dossier, whose, for whom and for which award. */
    public DossierRef ref() {
        Subject subject = content.subject();
        Proposal proposal = content.proposal();
        return new DossierRef(id, unitCode, subject.type(), subject.name(), proposal.awardCode(),
                proposal.awardName());
    }

    /**
     * The SLA notices due today, each given once per clock and step: the marks are set here, in the same state
     * change that returns the events, so one version-guarded save writes both.
     */
    public List<DossierEvent> checkClocks(LocalDate today, SlaContext sla) {
        List<DossierEvent> events = new ArrayList<>();
        appraisalClock = notice(appraisalClock, today, sla, events);
        returnClock = notice(returnClock, today, sla, events);
        refreshNextCheck(sla);
        return events;
    }

    /** Recomputes when the scan should next look (after a calendar change, say). */
    public void refreshNextCheck(SlaContext sla) {
        int lead = sla.policy().dueSoonDays();
        nextSlaCheck = Stream.of(appraisalClock, returnClock)
                .filter(Objects::nonNull)
                .<LocalDate>flatMap(clock -> clock.nextCheck(lead, sla.calendar()).stream())
                .min(LocalDate::compareTo)
                .orElse(null);
    }

    private SlaClock notice(SlaClock clock, LocalDate today, SlaContext sla, List<DossierEvent> events) {
        if (clock == null) {
            return null;
        }
        Optional<SlaStep> step = clock.stepOn(today, sla.policy().dueSoonDays(), sla.calendar());
        if (step.isEmpty()) {
            return clock;
        }
        LocalDate due = clock.dueDate(sla.calendar()).orElseThrow();
        SlaDeadline deadline = new SlaDeadline(clock.kind().name(), assignee, due);
        if (step.get() == SlaStep.DUE) {
            events.add(new DossierSlaDue(ref(), content.proposal().year(), batchId, deadline,
                    sla.calendar().workingDaysBetween(today, due)));
        } else {
            events.add(new DossierSlaBreached(ref(), content.proposal().year(), batchId, deadline,
                    sla.calendar().workingDaysBetween(due, today)));
        }
        return clock.mark(step.get());
    }

    private void stopClocks(LocalDate today, SlaContext sla) {
        appraisalClock = appraisalClock == null ? null : appraisalClock.stop(today, sla.calendar());
        returnClock = returnClock == null ? null : returnClock.stop(today, sla.calendar());
        nextSlaCheck = null;
    }

    private List<FieldChange> attachmentChanges() {
        List<String> before = attachmentsWhenReturned == null ? List.of() : attachmentsWhenReturned;
        List<String> after = attachments.stream().map(Dossier::describe).toList();
        List<FieldChange> changes = new ArrayList<>();
        after.stream().filter(a -> !before.contains(a))
                .forEach(a -> changes.add(new FieldChange("documents", null, a)));
        before.stream().filter(b -> !after.contains(b))
                .forEach(b -> changes.add(new FieldChange("documents", b, null)));
        return changes;
    }

    private static String describe(Attachment attachment) {
        return attachment.kind().name() + " " + attachment.fileName() + " (sha256 "
                + attachment.sha256().substring(0, Math.min(12, attachment.sha256().length())) + ")";
    }

    private HistoryEntry entry(Instant at, String actor, DossierAction action, DossierStatus from,
            List<String> reasons, LocalDate deadline, List<FieldChange> changes, String note) {
        return new HistoryEntry(at, actor, action, from, status, reasons, deadline, changes, note);
    }

    public Optional<Attachment> attachment(String attachmentId) {
        return attachments.stream().filter(a -> a.id().equals(attachmentId)).findFirst();
    }

    /** The document kinds present, for the dossier rules (R-DOS-01, R-CSCS-03). */
    public List<DocumentKind> documentKinds() {
        return attachments.stream().map(Attachment::kind).distinct().toList();
    }

    /** The vote recorded in the review minutes, if any minutes carry one. */
    public Optional<VoteResult> minutesVote() {
        return attachments.stream().filter(a -> a.kind() == DocumentKind.BIEN_BAN_BINH_XET)
                .map(Attachment::vote).filter(Objects::nonNull).findFirst();
    }

    public String id() { return id; }
    public String unitCode() { return unitCode; }
    public String batchId() { return batchId; }
    public String importId() { return importId; }
    public DossierContent content() { return content; }
    public Subject subject() { return content.subject(); }
    public Proposal proposal() { return content.proposal(); }
    public Achievement achievement() { return content.achievement(); }
    public List<Attachment> attachments() { return List.copyOf(attachments); }
    public DossierStatus status() { return status; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public String submittedBy() { return submittedBy; }
    public Instant submittedAt() { return submittedAt; }
    public LocalDate firstSubmittedOn() { return firstSubmittedOn; }
    public int submissions() { return submissions; }
    public String assignee() { return assignee; }
    public ReturnNote lastReturn() { return lastReturn; }
    public Appraisal appraisal() { return appraisal; }
    public SlaClock appraisalClock() { return appraisalClock; }
    public SlaClock returnClock() { return returnClock; }
    public LocalDate nextSlaCheck() { return nextSlaCheck; }
    public List<HistoryEntry> history() { return List.copyOf(history); }
}
