package vn.tdkt.nomination.dossier.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import vn.tdkt.calendar.WorkingDayCalendar;
import vn.tdkt.contracts.nomination.AppraisalOutcome;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.catalogue.domain.CommendationType;
import vn.tdkt.nomination.dossier.domain.Achievement;
import vn.tdkt.nomination.dossier.domain.Appraisal;
import vn.tdkt.nomination.dossier.domain.Attachment;
import vn.tdkt.nomination.dossier.domain.Dossier;
import vn.tdkt.nomination.dossier.domain.DossierStatus;
import vn.tdkt.nomination.dossier.domain.Gender;
import vn.tdkt.nomination.dossier.domain.MemberCounts;
import vn.tdkt.nomination.dossier.domain.ReturnNote;
import vn.tdkt.nomination.dossier.domain.RuleResult;
import vn.tdkt.nomination.dossier.domain.Subject;
import vn.tdkt.nomination.sla.domain.SlaClock;

/** A dossier as the API shows it; enums come with their Vietnamese labels. */
public record DossierResponse(
        String id,
        String unitCode,
        String batchId,
        DossierStatus status,
        String statusLabel,
        SubjectView subject,
        ProposalView proposal,
        Achievement achievement,
        List<DeclaredAwardView> declaredAwards,
        List<DocumentView> documents,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        String submittedBy,
        Instant submittedAt,
        int submissions,
        String assignee,
        ReturnNote lastReturn,
        AppraisalView appraisal,
        List<ClockView> clocks,
        long version) {

    public record SubjectView(SubjectType type, String typeLabel, String name, String unitCode,
            LocalDate dateOfBirth, Gender gender, String genderLabel, String position, String nationalId,
            MemberCounts members, String address) {

        static SubjectView of(Subject s) {
            return new SubjectView(s.type(), s.type().label(), s.name(), s.unitCode(), s.dateOfBirth(), s.gender(),
                    s.gender() == null ? null : s.gender().label(), s.position(), s.nationalId(), s.members(),
                    s.address());
        }
    }

    public record ProposalView(String awardCode, String awardName, int year, String movementId) {
    }

    public record DeclaredAwardView(String awardCode, int year, CommendationType type, String typeLabel,
            String decisionRef, boolean declared) {
    }

    public record DocumentView(String id, String kind, String kindLabel, String fileName, String contentType,
            long size, String sha256, Integer voteApprovals, Integer voteTotal, String uploadedBy,
            Instant uploadedAt) {

        static DocumentView of(Attachment a) {
            return new DocumentView(a.id(), a.kind().name(), a.kind().label(), a.fileName(), a.contentType(),
                    a.size(), a.sha256(), a.vote() == null ? null : a.vote().approvals(),
                    a.vote() == null ? null : a.vote().total(), a.uploadedBy(), a.uploadedAt());
        }
    }

    public record AppraisalView(AppraisalOutcome outcome, String outcomeLabel, AppraisalOutcome engineOutcome,
            boolean overridden, List<String> reasons, String ruleSetId, List<RuleResult> ruleResults,
            String appraisedBy, Instant appraisedAt) {

        static AppraisalView of(Appraisal a) {
            return a == null ? null : new AppraisalView(a.outcome(), a.outcome().label(), a.engineOutcome(),
                    a.overridden(), a.reasons(), a.ruleSetId(), a.ruleResults(), a.appraisedBy(), a.appraisedAt());
        }
    }

    /**
     * A working-day clock: R-SLA-03 appraisal (pauses while returned) or R-SLA-01 return.
     *
     * @param dueDate          the deadline on the calendar in force, while running
     * @param workingDaysLeft  on today (negative when late); while paused, what remains
     */
    public record ClockView(String kind, String kindLabel, String ruleId, int round, String state,
            String stateLabel, int budget, int usedWorkingDays, LocalDate dueDate, int workingDaysLeft,
            List<String> noticesGiven) {

        static ClockView of(SlaClock c, LocalDate today, WorkingDayCalendar calendar) {
            return new ClockView(c.kind().name(), c.kind().label(), c.kind().ruleId(), c.round(), c.state().name(),
                    c.state().label(), c.budget(), c.usedOn(today, calendar), c.dueDate(calendar).orElse(null),
                    c.workingDaysLeft(today, calendar), c.emitted().stream().map(Enum::name).sorted().toList());
        }
    }

    static DossierResponse of(Dossier d, long version, LocalDate today, WorkingDayCalendar calendar) {
        return new DossierResponse(d.id(), d.unitCode(), d.batchId(), d.status(), d.status().label(),
                SubjectView.of(d.subject()),
                new ProposalView(d.proposal().awardCode(), d.proposal().awardName(), d.proposal().year(),
                        d.proposal().movementId()),
                d.achievement(),
                d.content().declaredAwards().stream().map(a -> new DeclaredAwardView(a.awardCode(), a.year(),
                        a.type(), a.type().label(), a.decisionRef(), true)).toList(),
                d.attachments().stream().map(DocumentView::of).toList(),
                d.createdBy(), d.createdAt(), d.updatedAt(), d.submittedBy(), d.submittedAt(), d.submissions(),
                d.assignee(), d.lastReturn(), AppraisalView.of(d.appraisal()),
                Stream.of(d.appraisalClock(), d.returnClock()).filter(java.util.Objects::nonNull)
                        .<ClockView>map(c -> ClockView.of(c, today, calendar)).toList(),
                version);
    }
}
