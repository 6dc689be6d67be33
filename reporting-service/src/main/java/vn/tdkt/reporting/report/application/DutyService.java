package vn.tdkt.reporting.report.application;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Ids;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;
import vn.tdkt.reporting.access.Access;
import vn.tdkt.reporting.projection.application.Projection;
import vn.tdkt.reporting.report.domain.ReportDuty;
import vn.tdkt.reporting.report.domain.StoredFile;
import vn.tdkt.reporting.report.domain.Submission;
import vn.tdkt.reporting.report.persistence.ReportDutyStore;
import vn.tdkt.reporting.report.persistence.SubmissionFiles;
import lombok.RequiredArgsConstructor;

/**
 * Report duties and their submissions: a unit officer submits its unit's report (a file and the template's figures),
 * a Sở Nội vụ officer returns it with reasons, the unit resubmits. Readers see their own unit's duties (another
 * unit's answers 404); province-wide readers see all.
 */
@Service
@RequiredArgsConstructor
public class DutyService {

    static final String VIEW = "report-duties";

    private final ReportDutyStore duties;
    private final SubmissionFiles files;
    private final SubmittedFileInspector inspector;
    private final Projection projection;
    private final Clock clock;

    /** A submission and the duty it belongs to. */
    public record SubmissionView(Versioned<ReportDuty> duty, Submission submission) {
    }

    /** A stored file, ready to stream. */
    public record FileDownload(InputStream content, StoredFile file) {
    }

    public List<Versioned<ReportDuty>> list(TdktPrincipal caller, String unit, Integer year, String period,
            String obligationId) {
        String scope = Access.scope(caller, unit).orElse(null);
        return duties.find(scope, year, blank(period), blank(obligationId));
    }

    public Versioned<ReportDuty> get(TdktPrincipal caller, String dutyId) {
        return duties.get(dutyId, reportDuty -> Access.canSee(caller, reportDuty.unitCode()));
    }

    /**
     * Stores the file (GridFS) and records the submission with its event in one save of the duty. If the save fails
     * (a broken rule, a stale If-Match, a race), the stored file is deleted again.
     */
    public SubmissionView submit(TdktPrincipal caller, String dutyId, byte[] content, String fileName,
            Map<String, Long> figures, VersionPrecondition expected) {
        Versioned<ReportDuty> current = get(caller, dutyId);
        requireSubmitter(caller, current.value());
        SubmittedFileInspector.Inspected inspected = inspector.inspect(content, fileName);
        String submissionId = Ids.newId(clock);
        String fileId = files.store(inspected.content(), inspected.fileName(), inspected.contentType(),
                inspected.sha256(), dutyId);
        StoredFile stored = new StoredFile(fileId, inspected.fileName(), inspected.contentType(),
                inspected.content().length, inspected.sha256());
        try {
            Versioned<ReportDuty> saved = duties.update(dutyId, expected, duty -> duty.submit(submissionId, stored,
                    figures == null ? Map.of() : figures, caller.subject(), clock.instant(),
                    "/api/v1/report-submissions/" + submissionId + "/file"));
            projection.changed(VIEW, dutyId);
            return new SubmissionView(saved, saved.value().submission(submissionId));
        } catch (RuntimeException refused) {
            files.delete(fileId);
            throw refused;
        }
    }

    public SubmissionView submission(TdktPrincipal caller, String submissionId) {
        Versioned<ReportDuty> duty = duties.withSubmission(submissionId)
                .filter(d -> Access.canSee(caller, d.value().unitCode()))
                .orElseThrow(() -> DomainException.notFound("report.submission-not-found", submissionId));
        return new SubmissionView(duty, duty.value().submission(submissionId));
    }

    public FileDownload file(TdktPrincipal caller, String submissionId) {
        StoredFile file = submission(caller, submissionId).submission().file();
        InputStream content = files.open(file.fileId())
                .orElseThrow(() -> DomainException.notFound("report.submission-not-found", submissionId));
        return new FileDownload(content, file);
    }

    /** Sở Nội vụ returns the standing submission; {@code expected} is the duty's version (If-Match). */
    public SubmissionView returnSubmission(TdktPrincipal caller, String submissionId, List<String> reasons,
            LocalDate resubmitBy, VersionPrecondition expected) {
        Access.requireSnv(caller);
        SubmissionView found = submission(caller, submissionId);
        String dutyId = found.duty().value().id();
        Versioned<ReportDuty> saved = duties.update(dutyId, expected, duty -> duty.returnSubmission(submissionId,
                reasons, resubmitBy, caller.subject(), clock.instant()));
        projection.changed(VIEW, dutyId);
        return new SubmissionView(saved, saved.value().submission(submissionId));
    }

    /** A unit submits for itself: its officer, or a Sở Nội vụ officer for the Sở's own duties (the statistics). */
    private static void requireSubmitter(TdktPrincipal caller, ReportDuty duty) {
        boolean ownUnit = duty.unitCode().equals(caller.unitCode());
        if (!ownUnit || !caller.hasAnyRole(TdktRole.UNIT_OFFICER, TdktRole.SNV_OFFICER)) {
            throw DomainException.forbidden("report.submit-forbidden");
        }
    }

    private static String blank(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank()).map(String::trim).orElse(null);
    }
}
