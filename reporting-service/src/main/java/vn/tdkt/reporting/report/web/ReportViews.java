package vn.tdkt.reporting.report.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.tdkt.reporting.report.domain.Compliance;
import vn.tdkt.reporting.report.domain.DutyStatus;
import vn.tdkt.reporting.report.domain.LadderMark;
import vn.tdkt.reporting.report.domain.ObligationSource;
import vn.tdkt.reporting.report.domain.ReportDuty;
import vn.tdkt.reporting.report.domain.ReportKind;
import vn.tdkt.reporting.report.domain.ReportObligation;
import vn.tdkt.reporting.report.domain.ReportTemplate;
import vn.tdkt.reporting.report.domain.Submission;

/** Response bodies of the report resources. */
final class ReportViews {

    private ReportViews() {
    }

    record ObligationView(String id, String title, ReportKind kind, String kindLabel, String period, int year,
            LocalDate dueDate, List<String> units, ReportTemplate template, ObligationSource source,
            String sourceLabel, String taskId, String planId, String description, String createdBy,
            Instant createdAt) {
        static ObligationView of(ReportObligation o) {
            return new ObligationView(o.id(), o.title(), o.kind(), o.kind().label(), o.period(), o.year(),
                    o.dueDate(), o.units(), o.template(), o.source(), o.source().label(), o.taskId(), o.planId(),
                    o.description(), o.createdBy(), o.createdAt());
        }
    }

    record SubmissionView(String id, String dutyId, String unitCode, String fileName, String contentType, long size,
            String sha256, String fileUrl, Map<String, Long> figures, String submittedBy, Instant submittedAt,
            LocalDate deadline, boolean onTime, boolean resubmission, boolean complete, Submission.Status status,
            String statusLabel, List<String> returnReasons, String returnedBy, Instant returnedAt,
            LocalDate resubmitBy) {
        static SubmissionView of(ReportDuty duty, Submission s) {
            return new SubmissionView(s.id(), duty.id(), duty.unitCode(), s.file().fileName(),
                    s.file().contentType(), s.file().size(), s.file().sha256(),
                    "/api/v1/report-submissions/" + s.id() + "/file", s.figures(), s.submittedBy(), s.submittedAt(),
                    s.deadline(), s.onTime(), s.resubmission(), s.complete(), s.status(), s.status().label(),
                    s.returnReasons(), s.returnedBy(), s.returnedAt(), s.resubmitBy());
        }
    }

    record DutyView(String id, String obligationId, String title, ReportKind kind, String kindLabel, String period,
            String unitCode, LocalDate dueDate, LocalDate deadline, String taskId, DutyStatus status,
            String statusLabel, Compliance compliance, String complianceLabel, List<ReportTemplate.Figure> figures,
            List<SubmissionView> submissions, List<LadderMark> ladder) {
        static DutyView of(ReportDuty d, LocalDate today) {
            Compliance compliance = d.compliance(today);
            return new DutyView(d.id(), d.obligationId(), d.title(), d.kind(), d.kind().label(), d.period(),
                    d.unitCode(), d.dueDate(), d.deadline(), d.taskId(), d.status(), d.status().label(), compliance,
                    compliance.label(), d.template().figures(),
                    d.submissions().stream().map(s -> SubmissionView.of(d, s)).toList(), d.ladderMarks());
        }
    }
}
