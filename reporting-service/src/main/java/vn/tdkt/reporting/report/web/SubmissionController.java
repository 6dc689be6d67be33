package vn.tdkt.reporting.report.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.IfMatch;
import vn.tdkt.reporting.report.application.DutyService;
import vn.tdkt.reporting.report.web.ReportViews.SubmissionView;
import lombok.RequiredArgsConstructor;

/**
 * Report submissions: a unit uploads its report (multipart: {@code dutyId}, {@code file}, {@code figures} as a JSON
 * object of the template's figure codes), the Sở Nội vụ may return it with reasons, the unit resubmits. ETags are
 * the duty's version; {@code If-Match} guards both the submission and the return.
 */
@Tag(name = "Nộp báo cáo (report submissions)", description = "Đơn vị nộp báo cáo (tệp và các chỉ tiêu số liệu của "
        + "mẫu), Sở Nội vụ trả lại kèm lý do và hạn mới, đơn vị nộp lại. — A unit submits its report (a file and the "
        + "template's figures); Sở Nội vụ may return it with reasons and a new date; the unit resubmits.")
@RestController
@PreAuthorize(Roles.ANY)
@RequiredArgsConstructor
public class SubmissionController {

    private static final TypeReference<Map<String, Long>> FIGURES = new TypeReference<>() { };

    private final DutyService duties;
    private final ObjectMapper json;

    /**
     * Why a report goes back, and by when it should come again.
     *
     * @param reasons    what to correct, one item each
     * @param resubmitBy the new due date; the duty's own when left out
     */
    public record ReturnRequest(
            @NotEmpty @Schema(example = "[\"Thiếu số liệu khen thưởng cấp tỉnh\"]") List<String> reasons,
            @Schema(example = "2026-06-25") LocalDate resubmitBy) {
    }

    /**
     * Submits a report for a duty.
     * <p>The duty's unit officer (SNV_OFFICER for the Sở's own statistical duty); anyone else 403
     * {@code report.submit-forbidden}. Multipart: {@code dutyId}, the report {@code file} (PDF, Word, Excel or
     * OpenDocument, told by its bytes; at most 20 MB) and {@code figures}, a JSON object of the template's figure codes
     * such as <code>{"DOSSIERS_SENT": 3, "MOVEMENTS_LAUNCHED": 2}</code>: a required figure missing, an unknown code or
     * a negative value answers 400. A duty already submitted answers 409 {@code report.already-submitted} (after a
     * return, this is the resubmission); a cancelled or closed duty 409 {@code report.duty-closed}. With
     * {@code If-Match} (the duty's {@code ETag}), a stale version answers 412. Publishes {@code report-submitted}; a
     * duty from a plan task completes that task in plan-service.
     *
     * @param dutyId  the duty the report answers
     * @param file    the report file
     * @param figures the template's figures, as a JSON object
     * @return 201 with the submission, its {@code Location} and the duty's new {@code ETag}
     */
    @PreAuthorize(Roles.UNIT_OR_SNV)
    @PostMapping(path = "/api/v1/report-submissions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<SubmissionView> submit(TdktPrincipal caller, IfMatch ifMatch,
            @RequestParam String dutyId, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String figures) {
        DutyService.SubmissionView submitted = duties.submit(caller, dutyId, bytes(file),
                file == null ? null : file.getOriginalFilename(), figures(figures), ifMatch);
        return ETags.created(URI.create("/api/v1/report-submissions/" + submitted.submission().id()),
                submitted.duty(), duty -> SubmissionView.of(duty, submitted.submission()));
    }

    /**
     * Lists the submissions of one duty, oldest first.
     * <p>Readable as the duty is; another unit's duty answers 404.
     *
     * @param dutyId the duty id
     * @return the submissions with their figures, file details and returns
     */
    @GetMapping("/api/v1/report-submissions")
    public List<SubmissionView> list(TdktPrincipal caller, @RequestParam String dutyId) {
        var duty = duties.get(caller, dutyId).value();
        return duty.submissions().stream().map(s -> SubmissionView.of(duty, s)).toList();
    }

    /**
     * Reads one submission.
     * <p>Readable as its duty is. The {@code ETag} is the duty's version, for {@code If-Match} on a return.
     *
     * @param id the submission id
     * @return the submission
     */
    @GetMapping("/api/v1/report-submissions/{id}")
    public ResponseEntity<SubmissionView> get(TdktPrincipal caller, @PathVariable String id) {
        DutyService.SubmissionView found = duties.submission(caller, id);
        return ETags.ok(found.duty(), duty -> SubmissionView.of(duty, found.submission()));
    }

    /**
     * Downloads a submission's file.
     * <p>Readable as its duty is. The answer carries the detected content type, the file name, and the file's SHA-256
     * as its {@code ETag}.
     *
     * @param id the submission id
     * @return the file
     */
    @GetMapping("/api/v1/report-submissions/{id}/file")
    public ResponseEntity<InputStreamResource> file(TdktPrincipal caller, @PathVariable String id) {
        DutyService.FileDownload download = duties.file(caller, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.file().contentType()))
                .contentLength(download.file().size())
                .eTag("\"" + download.file().sha256() + "\"")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.file().fileName(), StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(download.content()));
    }

    /**
     * Returns a submitted report to its unit.
     * <p>SNV_OFFICER or ADMIN. Give the reasons (400 {@code report.return-reasons-missing}) and optionally a new date
     * to resubmit by (not in the past). Only the standing submission can be returned (409
     * {@code report.submission-not-standing}); a stale {@code If-Match} answers 412. The reminder ladder restarts
     * towards the new date. Publishes {@code report-returned}.
     *
     * @param id the submission id
     * @return the returned submission with the duty's new {@code ETag}
     */
    @PreAuthorize(Roles.SNV_OR_ADMIN)
    @PostMapping("/api/v1/report-submissions/{id}/return")
    public ResponseEntity<SubmissionView> returnSubmission(TdktPrincipal caller, IfMatch ifMatch,
            @PathVariable String id, @Valid @RequestBody ReturnRequest request) {
        DutyService.SubmissionView returned = duties.returnSubmission(caller, id, request.reasons(),
                request.resubmitBy(), ifMatch);
        return ETags.ok(returned.duty(), d -> SubmissionView.of(d, returned.submission()));
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? null : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Long> figures(String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        try {
            return json.readValue(text, FIGURES);
        } catch (JacksonException e) {
            throw DomainException.invalid("report.figures-invalid");
        }
    }
}
