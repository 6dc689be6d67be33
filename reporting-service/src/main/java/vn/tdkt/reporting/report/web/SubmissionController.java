package vn.tdkt.reporting.report.web;

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
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.IfMatch;
import vn.tdkt.reporting.access.Access;
import vn.tdkt.reporting.report.application.DutyService;
import vn.tdkt.reporting.report.web.ReportViews.SubmissionView;

/**
 * Report submissions: a unit uploads its report (multipart: {@code dutyId}, {@code file}, {@code figures} as a JSON
 * object of the template's figure codes), the Sở Nội vụ may return it with reasons, the unit resubmits. ETags are
 * the duty's version; {@code If-Match} guards both the submission and the return.
 */
@RestController
@PreAuthorize(Access.READERS)
public class SubmissionController {

    private static final TypeReference<Map<String, Long>> FIGURES = new TypeReference<>() { };

    private final DutyService duties;
    private final ObjectMapper json;

    public SubmissionController(DutyService duties, ObjectMapper json) {
        this.duties = duties;
        this.json = json;
    }

    public record ReturnRequest(@NotEmpty List<String> reasons, LocalDate resubmitBy) {
    }

    @PostMapping(path = "/api/v1/report-submissions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<SubmissionView> submit(TdktPrincipal caller, IfMatch ifMatch,
            @RequestParam String dutyId, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String figures) {
        DutyService.SubmissionView submitted = duties.submit(caller, dutyId, bytes(file),
                file == null ? null : file.getOriginalFilename(), figures(figures), ifMatch);
        return ETags.created(URI.create("/api/v1/report-submissions/" + submitted.submission().id()),
                submitted.duty(), duty -> SubmissionView.of(duty, submitted.submission()));
    }

    /** The submissions of one duty, oldest first. */
    @GetMapping("/api/v1/report-submissions")
    public List<SubmissionView> list(TdktPrincipal caller, @RequestParam String dutyId) {
        var duty = duties.get(caller, dutyId).value();
        return duty.submissions().stream().map(s -> SubmissionView.of(duty, s)).toList();
    }

    @GetMapping("/api/v1/report-submissions/{id}")
    public ResponseEntity<SubmissionView> get(TdktPrincipal caller, @PathVariable String id) {
        DutyService.SubmissionView found = duties.submission(caller, id);
        return ETags.ok(found.duty(), duty -> SubmissionView.of(duty, found.submission()));
    }

    /** The file as submitted, with its detected type and its SHA-256 in {@code ETag}. */
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
