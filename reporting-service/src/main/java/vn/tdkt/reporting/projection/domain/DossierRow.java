package vn.tdkt.reporting.projection.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.contracts.nomination.AppraisalOutcome;
import vn.tdkt.contracts.nomination.AwardDecided;
import vn.tdkt.contracts.nomination.AwardRef;
import vn.tdkt.contracts.nomination.AwardRevoked;
import vn.tdkt.contracts.nomination.CouncilSessionScheduled;
import vn.tdkt.contracts.nomination.CouncilVoted;
import vn.tdkt.contracts.nomination.DossierAppraised;
import vn.tdkt.contracts.nomination.DossierAssigned;
import vn.tdkt.contracts.nomination.DossierRecalled;
import vn.tdkt.contracts.nomination.DossierRef;
import vn.tdkt.contracts.nomination.DossierResubmitted;
import vn.tdkt.contracts.nomination.DossierReturned;
import vn.tdkt.contracts.nomination.DossierSlaBreached;
import vn.tdkt.contracts.nomination.DossierSlaDue;
import vn.tdkt.contracts.nomination.DossierSubmitted;
import vn.tdkt.contracts.nomination.NoticeClosed;
import vn.tdkt.contracts.nomination.NoticeOpened;
import vn.tdkt.contracts.nomination.SlaDeadline;
import vn.tdkt.contracts.nomination.NoticeRef;

/**
 * Read model of one nomination dossier. Four aggregates speak about it: the dossier itself, the council session that
 * put it on its agenda and voted, its public notice and the award decided (or revoked) for it. They publish on
 * different partitions, so the stage is derived from the facts (the furthest step reached), never from the event
 * that arrived last. Each step keeps its time, for the process metrics.
 *
 * <p>Too wide to copy for every event, unlike the record rows: it changes in place, and each applier answers the
 * row itself (the row store keeps the row an applier answers).
 */
public final class DossierRow {

    /** What the dossier aggregate itself last said. */
    public enum Status { SUBMITTED, ASSIGNED, RETURNED, RESUBMITTED, APPRAISED, RECALLED }

    private String dossierId;
    private String unitCode;
    private String subjectType;
    private String subjectName;
    private String awardCode;
    private String awardName;
    private Integer year;
    private String batchId;
    private Status status;
    private AppraisalOutcome outcome;
    private List<String> reasons = new ArrayList<>();
    private Instant submittedAt;
    private Instant lastSubmittedAt;
    private Instant assignedAt;
    private String assignee;
    private LocalDate appraiseBy;
    private int returnCount;
    private LocalDate completeBy;
    private Instant appraisedAt;
    private Instant recalledAt;
    private String slaClock;
    private LocalDate slaDueDate;
    private Integer slaWorkingDaysLeft;
    private boolean slaBreached;
    private Integer slaWorkingDaysLate;
    private String sessionId;
    private Instant sessionStartsAt;
    private Instant votedAt;
    private Boolean votePassed;
    private Integer approvals;
    private Integer totalMembers;
    private String noticeId;
    private LocalDate noticeOpensOn;
    private LocalDate noticeClosesOn;
    private LocalDate noticeClosedOn;
    private Integer unresolvedComments;
    private String awardId;
    private LocalDate decisionDate;
    private String decisionNumber;
    private boolean revoked;

    private DossierRow() {
    }

    public static DossierRow of(String dossierId) {
        DossierRow row = new DossierRow();
        row.dossierId = dossierId;
        return row;
    }

    private void describe(String unitCode, Object subjectType, String subjectName, String awardCode, String awardName,
            Integer year) {
        this.unitCode = unitCode;
        this.subjectType = subjectType == null ? this.subjectType : subjectType.toString();
        this.subjectName = subjectName;
        this.awardCode = awardCode;
        this.awardName = awardName;
        if (year != null && year > 0) {
            this.year = year;
        }
    }

    /** What every dossier event repeats (its {@link DossierRef}), with the year where the event carries one. */
    private void describe(DossierRef dossier, Integer year) {
        describe(dossier.unitCode(), dossier.subjectType(), dossier.subjectName(), dossier.awardCode(),
                dossier.awardName(), year);
    }

    /** The award a dossier led to (its {@link AwardRef}): the dossier's last step. */
    private void describe(AwardRef award) {
        describe(award.unitCode(), award.subjectType(), award.subjectName(), award.awardCode(), award.awardName(),
                award.year());
        awardId = award.awardId();
    }

    public DossierRow submitted(DossierSubmitted e) {
        describe(e.dossier(), e.year());
        status = Status.SUBMITTED;
        if (submittedAt == null || e.submittedAt().isBefore(submittedAt)) {
            submittedAt = e.submittedAt();
        }
        lastSubmittedAt = later(lastSubmittedAt, e.submittedAt());
        return this;
    }

    public DossierRow assigned(DossierAssigned e) {
        describe(e.dossier(), e.year());
        batchId = e.batchId();
        status = Status.ASSIGNED;
        assignedAt = e.assignedAt();
        assignee = e.assignee();
        appraiseBy = e.appraiseBy();
        return this;
    }

    public DossierRow returned(DossierReturned e) {
        describe(e.dossier(), e.year());
        status = Status.RETURNED;
        reasons = new ArrayList<>(e.reasons());
        completeBy = e.completeBy();
        returnCount++;
        return this;
    }

    public DossierRow resubmitted(DossierResubmitted e) {
        describe(e.dossier(), e.year());
        status = Status.RESUBMITTED;
        lastSubmittedAt = later(lastSubmittedAt, e.resubmittedAt());
        if (submittedAt == null) {
            submittedAt = e.resubmittedAt();
        }
        return this;
    }

    public DossierRow recalled(DossierRecalled e) {
        describe(e.dossier(), e.year());
        status = Status.RECALLED;
        recalledAt = e.recalledAt();
        return this;
    }

    public DossierRow appraised(DossierAppraised e) {
        describe(e.dossier(), null);
        status = Status.APPRAISED;
        outcome = e.outcome();
        reasons = new ArrayList<>(e.reasons());
        appraisedAt = e.appraisedAt();
        return this;
    }

    public DossierRow slaDue(DossierSlaDue e) {
        deadline(e.dossier(), e.year(), e.deadline());
        slaWorkingDaysLeft = e.workingDaysLeft();
        return this;
    }

    public DossierRow slaBreached(DossierSlaBreached e) {
        deadline(e.dossier(), e.year(), e.deadline());
        slaBreached = true;
        slaWorkingDaysLate = e.workingDaysLate();
        return this;
    }

    /** Both SLA events: the dossier and the deadline they speak of. */
    private void deadline(DossierRef dossier, int year, SlaDeadline deadline) {
        describe(dossier, year);
        slaClock = deadline.clock();
        slaDueDate = deadline.dueDate();
    }

    public DossierRow scheduled(CouncilSessionScheduled session, CouncilSessionScheduled.AgendaItem item) {
        sessionId = session.sessionId();
        sessionStartsAt = session.startsAt();
        if (subjectName == null) {
            subjectName = item.subjectName();
            awardCode = item.awardCode();
        }
        return this;
    }

    public DossierRow voted(CouncilVoted vote, CouncilVoted.Tally tally) {
        sessionId = vote.sessionId();
        votedAt = vote.votedAt();
        votePassed = tally.passed();
        approvals = tally.approvals();
        totalMembers = tally.totalMembers();
        if (awardCode == null) {
            awardCode = tally.awardCode();
        }
        return this;
    }

    public DossierRow noticeOpened(NoticeOpened e) {
        shownBy(e.notice());
        noticeOpensOn = e.opensOn();
        noticeClosesOn = e.closesOn();
        return this;
    }

    public DossierRow noticeClosed(NoticeClosed e) {
        shownBy(e.notice());
        noticeClosedOn = e.closedOn();
        unresolvedComments = e.unresolvedComments();
        return this;
    }

    public DossierRow decided(AwardDecided e) {
        describe(e.award());
        decisionDate = e.decisionDate();
        decisionNumber = e.decisionNumber();
        return this;
    }

    public DossierRow revoked(AwardRevoked e) {
        describe(e.award());
        revoked = true;
        return this;
    }

    /**
     * The public notice that shows this dossier (its {@link NoticeRef}); it names the dossier too, so it describes a
     * row that no dossier event has reached yet (another partition).
     */
    private void shownBy(NoticeRef notice) {
        noticeId = notice.noticeId();
        if (unitCode == null) {
            unitCode = notice.unitCode();
            subjectName = notice.subjectName();
            awardCode = notice.awardCode();
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    /** The furthest step reached. */
    public DossierStage stage() {
        if (revoked) {
            return DossierStage.REVOKED;
        }
        if (decisionDate != null) {
            return DossierStage.DECIDED;
        }
        if (votePassed != null) {
            return votePassed ? DossierStage.VOTED : DossierStage.VOTE_FAILED;
        }
        if (status == null) {
            return DossierStage.SUBMITTED;
        }
        return switch (status) {
            case SUBMITTED, RESUBMITTED -> DossierStage.SUBMITTED;
            case ASSIGNED -> DossierStage.IN_APPRAISAL;
            case RETURNED -> DossierStage.RETURNED;
            case RECALLED -> DossierStage.RECALLED;
            case APPRAISED -> outcome == AppraisalOutcome.ELIGIBLE ? DossierStage.ELIGIBLE : DossierStage.NOT_ELIGIBLE;
        };
    }

    /** Appraisal done (whatever came after). */
    public boolean appraisedOrBeyond() {
        return appraisedAt != null || votePassed != null || decisionDate != null;
    }

    /** Eligible at appraisal, or further (a vote or a decision implies it). */
    public boolean eligibleOrBeyond() {
        return outcome == AppraisalOutcome.ELIGIBLE || votePassed != null || decisionDate != null;
    }

    /** The SLA is breached and the dossier still waits on that step (not yet appraised, not recalled). */
    public boolean openSlaBreach() {
        return slaBreached && !appraisedOrBeyond() && status != Status.RECALLED;
    }

    public String dossierId() { return dossierId; }
    public String unitCode() { return unitCode; }
    public String subjectType() { return subjectType; }
    public String subjectName() { return subjectName; }
    public String awardCode() { return awardCode; }
    public String awardName() { return awardName; }
    public Integer year() { return year; }
    public String batchId() { return batchId; }
    public Status status() { return status; }
    public AppraisalOutcome outcome() { return outcome; }
    public List<String> reasons() { return List.copyOf(reasons); }
    public Instant submittedAt() { return submittedAt; }
    public Instant lastSubmittedAt() { return lastSubmittedAt; }
    public Instant assignedAt() { return assignedAt; }
    public String assignee() { return assignee; }
    public LocalDate appraiseBy() { return appraiseBy; }
    public int returnCount() { return returnCount; }
    public LocalDate completeBy() { return completeBy; }
    public Instant appraisedAt() { return appraisedAt; }
    public Instant recalledAt() { return recalledAt; }
    public String slaClock() { return slaClock; }
    public LocalDate slaDueDate() { return slaDueDate; }
    public Integer slaWorkingDaysLeft() { return slaWorkingDaysLeft; }
    public boolean slaBreached() { return slaBreached; }
    public Integer slaWorkingDaysLate() { return slaWorkingDaysLate; }
    public String sessionId() { return sessionId; }
    public Instant sessionStartsAt() { return sessionStartsAt; }
    public Instant votedAt() { return votedAt; }
    public Boolean votePassed() { return votePassed; }
    public Integer approvals() { return approvals; }
    public Integer totalMembers() { return totalMembers; }
    public String noticeId() { return noticeId; }
    public LocalDate noticeOpensOn() { return noticeOpensOn; }
    public LocalDate noticeClosesOn() { return noticeClosesOn; }
    public LocalDate noticeClosedOn() { return noticeClosedOn; }
    public Integer unresolvedComments() { return unresolvedComments; }
    public String awardId() { return awardId; }
    public LocalDate decisionDate() { return decisionDate; }
    public String decisionNumber() { return decisionNumber; }
    public boolean revoked() { return revoked; }
}
