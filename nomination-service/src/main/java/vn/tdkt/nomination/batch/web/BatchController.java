package vn.tdkt.nomination.batch.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.nomination.batch.application.BatchService;
import vn.tdkt.nomination.batch.domain.Batch;
import vn.tdkt.nomination.batch.domain.BatchStatus;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.web.paging.PagingProperties;

@RestController
@RequestMapping(BatchController.BASE)
@Tag(name = "Đợt đề nghị", description = "Proposal batches: one tờ trình covers many nominees")
public class BatchController {

    static final String BASE = "/api/v1/batches";
    private static final String READERS =
            "hasAnyRole('UNIT_OFFICER','SNV_OFFICER','COUNCIL_MEMBER','LEADER','ADMIN')";

    private final BatchService batches;
    private final PagingProperties paging;
    private final MessageSource messages;

    public BatchController(BatchService batches, PagingProperties paging, MessageSource messages) {
        this.batches = batches;
        this.paging = paging;
        this.messages = messages;
    }

    public record BatchRequest(@Pattern(regexp = "[A-Z0-9_]{2,32}") String unitCode,
            @NotBlank @Size(max = 500) String title, @Size(max = 100) String reference,
            @Min(2000) @Max(2100) int year, @Size(max = 64) String movementId) {
    }

    public record BatchResponse(String id, String unitCode, String title, String reference, int year,
            String movementId, BatchStatus status, String statusLabel, String createdBy, Instant createdAt,
            String submittedBy, Instant submittedAt, long version) {

        static BatchResponse of(Versioned<Batch> v) {
            Batch b = v.value();
            return new BatchResponse(b.id(), b.unitCode(), b.title(), b.reference(), b.year(), b.movementId(),
                    b.status(), b.status().label(), b.createdBy(), b.createdAt(), b.submittedBy(), b.submittedAt(),
                    v.version());
        }
    }

    public record BatchDossier(String id, String subjectName, String awardCode, String status, String statusLabel) {
    }

    public record SubmitAllResponse(BatchResponse batch, List<String> submitted, List<Refused> refused) {

        public record Refused(String dossierId, String subjectName, String code, String detail) {
        }
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('UNIT_OFFICER','SNV_OFFICER')")
    @Operation(summary = "Open a proposal batch (đợt đề nghị) for the own unit (Sở Nội vụ: any unit)")
    public ResponseEntity<BatchResponse> open(@Parameter(hidden = true) TdktPrincipal caller,
            @Valid @RequestBody BatchRequest request) {
        Versioned<Batch> batch = batches.open(caller, request.unitCode(), request.title(), request.reference(),
                request.year(), request.movementId());
        return ETags.created(URI.create(BASE + "/" + batch.value().id()), batch, b -> BatchResponse.of(batch));
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "List batches, newest first (unit officers: own unit)")
    public PageResponse<BatchResponse> list(@Parameter(hidden = true) TdktPrincipal caller,
            @RequestParam(required = false) String unit, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return batches.list(caller, unit, year, paging.query(page, size)).map(BatchResponse::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "Get a batch")
    public ResponseEntity<BatchResponse> get(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id) {
        Versioned<Batch> batch = batches.get(caller, id);
        return ETags.ok(batch, b -> BatchResponse.of(batch));
    }

    @GetMapping("/{id}/dossiers")
    @PreAuthorize(READERS)
    @Operation(summary = "The dossiers of a batch")
    public List<BatchDossier> dossiers(@Parameter(hidden = true) TdktPrincipal caller, @PathVariable String id) {
        return batches.dossiers(caller, id).stream().map(v -> new BatchDossier(v.value().id(),
                v.value().subject().name(), v.value().proposal().awardCode(), v.value().status().name(),
                v.value().status().label())).toList();
    }

    @PostMapping("/{id}/submit-all")
    @PreAuthorize("hasRole('UNIT_OFFICER')")
    @Operation(summary = "Submit every draft of the batch (the owning unit's officers); each is checked like a single submission and refusals are listed")
    public SubmitAllResponse submitAll(@Parameter(hidden = true) TdktPrincipal caller, @PathVariable String id) {
        BatchService.SubmitAllResult result = batches.submitAll(caller, id);
        return new SubmitAllResponse(BatchResponse.of(result.batch()), result.submitted(), result.refused().stream()
                .map(r -> new SubmitAllResponse.Refused(r.dossierId(), r.subjectName(), r.problem().code(),
                        messages.getMessage(r.problem().code(), r.problem().args().toArray(), r.problem().code(),
                                LocaleContextHolder.getLocale())))
                .toList());
    }
}
