package vn.tdkt.nomination.batch.web;

import io.swagger.v3.oas.annotations.media.Schema;
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
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import lombok.RequiredArgsConstructor;

@RestController
@RequestMapping(BatchController.BASE)
@Tag(name = "Đợt đề nghị (batches)", description = "Đợt đề nghị khen thưởng của một đơn vị: một tờ trình cho nhiều "
        + "người, tập thể được đề nghị; gửi tất cả hồ sơ dự thảo của đợt một lần. — A unit's proposal batch: one "
        + "submission letter (tờ trình) for many nominees, whose drafts can be submitted together.")
@RequiredArgsConstructor
public class BatchController {

    static final String BASE = "/api/v1/batches";

    private final BatchService batches;
    private final MessageSource messages;

    /**
     * A proposal batch (đợt đề nghị).
     *
     * @param unitCode   the proposing unit (Sở Nội vụ officers only; a unit officer's batch is their unit's)
     * @param title      what the batch proposes
     * @param reference  the submission letter's (tờ trình) number
     * @param year       the year of the achievements
     * @param movementId the emulation movement it answers, if any
     */
    public record BatchRequest(@Pattern(regexp = "[A-Z0-9_]{2,32}") String unitCode,
            @NotBlank @Size(max = 500) @Schema(example = "Đề nghị tặng danh hiệu Chiến sĩ thi đua cơ sở năm học "
                    + "2024-2025") String title,
            @Size(max = 100) @Schema(example = "Tờ trình số 45/TTr-SGDĐT") String reference,
            @Min(2000) @Max(2100) @Schema(example = "2025") int year,
            @Size(max = 64) String movementId) {
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

    /**
     * Opens a proposal batch (đợt đề nghị).
     * <p>A unit officer opens it for their own unit; an SNV_OFFICER for the unit named by {@code unitCode}. The title
     * is required (400 {@code batch.title-required}); the reference is the tờ trình's number. Dossiers then join it
     * with their {@code batchId}, or from a nominee import.
     *
     * @return 201 with the batch, its {@code Location} and {@code ETag}
     */
    @PostMapping
    @PreAuthorize(Roles.UNIT_OR_SNV)
    public ResponseEntity<BatchResponse> open(TdktPrincipal caller,
            @Valid @RequestBody BatchRequest request) {
        Versioned<Batch> batch = batches.open(caller, request.unitCode(), request.title(), request.reference(),
                request.year(), request.movementId());
        return ETags.created(URI.create(BASE + "/" + batch.value().id()), batch, b -> BatchResponse.of(batch));
    }

    /**
     * Lists batches, newest first.
     * <p>A unit officer sees their own unit's; SNV_OFFICER, COUNCIL_MEMBER, LEADER and ADMIN every unit's.
     *
     * @param unit only this unit's batches (province-wide readers)
     * @param year only batches of this year
     * @param page the page ({@code page} from 0; {@code size} default 20, at most 100)
     * @return one page of batches with the total count
     */
    @GetMapping
    @PreAuthorize(Roles.ANY)
    public PageResponse<BatchResponse> list(TdktPrincipal caller,
            @RequestParam(required = false) String unit, @RequestParam(required = false) Integer year,
            PageQuery page) {
        return batches.list(caller, unit, year, page).map(BatchResponse::of);
    }

    /**
     * Reads one batch.
     * <p>Readable as its dossiers are: the owning unit's officers and the province-wide readers; another unit's batch
     * answers 404.
     *
     * @param id the batch id
     * @return the batch with its state and {@code ETag}
     */
    @GetMapping("/{id}")
    @PreAuthorize(Roles.ANY)
    public ResponseEntity<BatchResponse> get(TdktPrincipal caller,
            @PathVariable String id) {
        Versioned<Batch> batch = batches.get(caller, id);
        return ETags.ok(batch, b -> BatchResponse.of(batch));
    }

    /**
     * Lists the dossiers of a batch.
     * <p>Readable as the batch is. Dossiers of a nominee import appear once the import is confirmed.
     *
     * @param id the batch id
     * @return each dossier's id, subject, award and state
     */
    @GetMapping("/{id}/dossiers")
    @PreAuthorize(Roles.ANY)
    public List<BatchDossier> dossiers(TdktPrincipal caller, @PathVariable String id) {
        return batches.dossiers(caller, id).stream().map(v -> new BatchDossier(v.value().id(),
                v.value().subject().name(), v.value().proposal().awardCode(), v.value().status().name(),
                v.value().status().label())).toList();
    }

    /**
     * Submits every draft of a batch.
     * <p>Only the owning unit's officers. Each draft is checked and submitted like a single submission; the drafts that
     * a blocking rule refuses stay drafts and are listed with the reason, in the caller's language. When none is
     * refused, the batch is marked submitted; otherwise fix the refused drafts and call it again.
     *
     * @param id the batch id
     * @return the batch, the submitted dossiers and the refused ones with their reasons
     */
    @PostMapping("/{id}/submit-all")
    @PreAuthorize(Roles.UNIT_OFFICER)
    public SubmitAllResponse submitAll(TdktPrincipal caller, @PathVariable String id) {
        BatchService.SubmitAllResult result = batches.submitAll(caller, id);
        return new SubmitAllResponse(BatchResponse.of(result.batch()), result.submitted(), result.refused().stream()
                .map(r -> new SubmitAllResponse.Refused(r.dossierId(), r.subjectName(), r.problem().code(),
                        messages.getMessage(r.problem().code(), r.problem().args().toArray(), r.problem().code(),
                                LocaleContextHolder.getLocale())))
                .toList());
    }
}
