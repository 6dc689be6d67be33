package vn.tdkt.plan.importing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.tdkt.plan.importing.application.ImportBusyException;
import vn.tdkt.plan.importing.application.ImportGate;
import vn.tdkt.plan.importing.application.ImportNotConfirmableException;
import vn.tdkt.plan.importing.application.PlanDraftAssembler;
import vn.tdkt.plan.importing.application.PlanImportService;
import vn.tdkt.plan.importing.application.PlanTextRejectedException;
import vn.tdkt.plantext.FileKind;
import vn.tdkt.plantext.PlanText;
import vn.tdkt.plantext.RejectionReason;
import vn.tdkt.plantext.UnreadableDocumentException;
import vn.tdkt.plan.importing.domain.PlanImport;
import vn.tdkt.plan.importing.domain.UnitMapping;
import vn.tdkt.plan.plan.domain.Plan;
import vn.tdkt.plan.plan.domain.PlanKind;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.IfMatch;
import vn.tdkt.platform.web.problem.Problems;
import lombok.RequiredArgsConstructor;

/**
 * Plan import: {@code POST /api/v1/plan-imports} with the plan — text/plain or text/markdown in UTF-8, a JSON
 * {@code {"text","format"}}, a Word document (DOCX) or a PDF with a text layer as the body with its content type, or
 * any of them as a multipart {@code file} — answers 201 with a preview; {@code GET /{id}} shows it;
 * {@code POST /{id}/confirm} creates the draft plan; {@code POST /{id}/discard} drops the preview. A file is told by
 * its content (magic bytes), not by its name or declared type.
 */
@Tag(name = "Nhập kế hoạch từ văn bản (plan imports)", description = "Đọc một kế hoạch như người ta đang có (Word, "
        + "PDF có lớp chữ, Markdown hoặc văn bản thuần) thành bản xem trước: căn cứ pháp lý, các mục, trách nhiệm "
        + "từng đơn vị, phụ lục nhiệm vụ, nhiệm vụ định kỳ, tên đơn vị đã đối chiếu với danh bạ; xác nhận để tạo dự "
        + "thảo kế hoạch. — Reads a plan as people have it (Word, PDF with text, Markdown or plain text) into a "
        + "preview, and turns a confirmed preview into a draft plan.")
@RestController
@PreAuthorize(Roles.SNV_OR_ADMIN)
@RequestMapping("/api/v1/plan-imports")
@RequiredArgsConstructor
public class PlanImportController {

    static final String TEXT_MARKDOWN = "text/markdown";
    static final String TEXT_X_MARKDOWN = "text/x-markdown";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** JSON adds quotes and escapes (\n, \"): allow twice the text limit plus some room for the envelope. */
    private static final long JSON_OVERHEAD = 64 * 1024;

    private final PlanImportService imports;
    private final ImportGate gate;
    private final Problems problems;
    private final JsonMapper json;

    /**
     * JSON body of an import: the plan text and, optionally, its format.
     *
     * @param text   the whole plan as UTF-8 text (at most 2 MB)
     * @param format {@code markdown} or {@code text}; plain text when left out
     */
    public record ImportRequest(
            @Schema(example = "ỦY BAN NHÂN DÂN TỈNH SƠN LA\nSố: 12/KH-UBND\n\nKẾ HOẠCH\nCông tác thi đua, khen thưởng "
                    + "năm 2026\n\nCăn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n...\nPHỤ LỤC\n"
                    + "| STT | Nội dung | Thời gian | Đơn vị chủ trì | Đơn vị phối hợp |\n"
                    + "| 1 | Báo cáo sơ kết công tác thi đua 6 tháng | Trước ngày 15/6/2026 | Sở Nội vụ "
                    + "| Các sở, ban, ngành |")
            String text,
            @Schema(example = "markdown", allowableValues = {"markdown", "text"}) String format) {
    }

    /**
     * Optional body of a confirmation.
     *
     * @param mappings     unit code for a written name the registry did not resolve (or resolved ambiguously)
     * @param ignoredNames coordinating-unit names to leave out of the tasks (e.g. "Lãnh đạo tỉnh")
     * @param issuerUnit   the issuing unit when the header does not name a registry unit
     * @param kind         ANNUAL (default), THEMATIC (default when the title says "chuyên đề") or IMPLEMENTING
     * @param parentPlanId the higher-level plan an IMPLEMENTING plan implements
     */
    public record ConfirmRequest(
            @Schema(example = "{\"Sở Văn hóa, Thể thao và Du lịch\": \"SVHTTDL\", \"UBND các xã, phường\": \"UBND\"}")
            Map<String, String> mappings,
            @Schema(example = "[\"Lãnh đạo tỉnh\"]") List<String> ignoredNames,
            @Schema(example = "UBND") String issuerUnit,
            PlanKind kind,
            String parentPlanId) {
        PlanDraftAssembler.Choices choices() {
            List<UnitMapping> list = new ArrayList<>();
            if (mappings != null) {
                mappings.forEach((written, code) -> list.add(new UnitMapping(written,
                        code == null ? null : code.strip().toUpperCase(Locale.ROOT))));
            }
            return new PlanDraftAssembler.Choices(list, ignoredNames, issuerUnit, kind, parentPlanId);
        }
    }

    /**
     * Reads a plan document into a preview.
     * <p>SNV_OFFICER or ADMIN. Send the plan as people have it, as the body with its content type or as a multipart
     * {@code file}: plain text or Markdown in UTF-8 ({@code text/plain; charset=UTF-8}, {@code text/markdown}), a JSON
     * object with the {@code text} and its {@code format}, a Word document (DOCX) or a PDF with a text layer. A file is
     * told by its content, never by its name. The preview shows the header and issuer, the legal bases and other cited
     * documents, the sections, each unit's responsibilities, the appendix tasks with their periods and due dates, the
     * recurring duties found in the prose ("Hàng quý … 01 tin" becomes 4 tasks), every unit name resolved against the
     * registry or flagged, and warnings. Nothing becomes a plan until the preview is confirmed.
     * <p>Refused, with nothing stored: text over 2 MB or a file over 20 MB (413); binary content sent as text, text
     * sent as PDF or DOCX, invalid UTF-8, another charset or another content type (415, the problem lists the accepted
     * types); a scanned PDF without text, a password-protected PDF, an old {@code .doc}, a damaged file or a PDF that
     * would cost more to read than a plan can, such as a compression bomb (422, with a hint); an empty text (400).
     * <p>Uploads are read one at a time ({@code tdkt.plan.import.max-concurrent-reads}); the next waits for its turn up
     * to {@code tdkt.plan.import.read-queue-wait} (20 s) and is then answered 503 {@code import.busy} with
     * {@code Retry-After}: send it again.
     *
     * @return 201 with the preview, its {@code Location} and {@code ETag}
     */
    @PostMapping(consumes = {MediaType.TEXT_PLAIN_VALUE, TEXT_MARKDOWN, TEXT_X_MARKDOWN})
    @Operation(operationId = "plan-import-create")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
            @Content(mediaType = "text/plain", schema = @Schema(type = "string",
                    example = "KẾ HOẠCH\nCông tác thi đua, khen thưởng năm 2026\n...")),
            @Content(mediaType = TEXT_MARKDOWN, schema = @Schema(type = "string")),
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ImportRequest.class)),
            @Content(mediaType = DOCX, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                    schema = @Schema(type = "string", format = "binary"))})
    public ResponseEntity<ImportViews.PreviewView> importText(TdktPrincipal caller, HttpServletRequest request)
            throws IOException {
        imports.requireImporter(caller);
        MediaType type = declaredType(request);
        requireUtf8(type);
        return gate.admit(() -> {
            byte[] body = readBounded(request, imports.maxBytes());
            String format = type.getSubtype().contains("markdown") ? "MARKDOWN" : "PLAIN_TEXT";
            return created(imports.importPlan(caller, PlanImportService.Upload.ofBytes(body, type.toString(),
                    format)));
        });
    }

    // A DOCX or PDF as the body: its content must be what its type says (a text sent as PDF is refused).
    // Documented with importText: one operation, one handler per content type.
    @PostMapping(consumes = {MediaType.APPLICATION_PDF_VALUE, DOCX})
    public ResponseEntity<ImportViews.PreviewView> importDocument(TdktPrincipal caller, HttpServletRequest request)
            throws IOException {
        imports.requireImporter(caller);
        MediaType type = declaredType(request);
        return gate.admit(() -> {
            byte[] body = readBounded(request, imports.maxDocumentBytes());
            FileKind expected = type.isCompatibleWith(MediaType.APPLICATION_PDF) ? FileKind.PDF : FileKind.DOCX;
            PlanImportService.Upload upload = PlanImportService.Upload.ofFile(body, type.toString(), expected.name());
            if (upload.kind() != expected) {
                imports.requireText(body);
                throw UnsupportedImportTypeException.contentMismatch(type.toString());
            }
            return created(imports.importPlan(caller, upload));
        });
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ImportViews.PreviewView> importJson(TdktPrincipal caller, HttpServletRequest request)
            throws IOException {
        imports.requireImporter(caller);
        return gate.admit(() -> {
            byte[] body = readBounded(request, 2 * imports.maxBytes() + JSON_OVERHEAD);
            ImportRequest parsed;
            try {
                parsed = json.readValue(body, ImportRequest.class);
            } catch (JacksonException e) {
                throw DomainException.invalid("import.json-invalid");
            }
            if (parsed == null) {
                throw DomainException.invalid("import.json-invalid");
            }
            return created(imports.importPlan(caller, PlanImportService.Upload.ofText(parsed.text(),
                    MediaType.APPLICATION_JSON_VALUE, format(parsed.format()))));
        });
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<ImportViews.PreviewView> importFile(TdktPrincipal caller,
            @RequestPart("file") MultipartFile file,
            @Parameter(description = "for a text file sent as multipart: markdown or text (by default from the file "
                    + "name: .md is Markdown)") @RequestParam(required = false) String format) throws IOException {
        imports.requireImporter(caller);
        if (file.getSize() > imports.maxDocumentBytes()) {
            throw tooLarge(file.getSize() + " bytes", imports.maxDocumentBytes());
        }
        return gate.admit(() -> {
            byte[] bytes = file.getBytes();
            String name = file.getOriginalFilename() == null ? ""
                    : file.getOriginalFilename().toLowerCase(Locale.ROOT);
            String mediaType = file.getContentType() == null ? MediaType.MULTIPART_FORM_DATA_VALUE
                    : file.getContentType();
            FileKind kind = PlanText.sniff(bytes);
            if (kind == FileKind.DOCX || kind == FileKind.PDF) {
                return created(imports.importPlan(caller, PlanImportService.Upload.ofFile(bytes, mediaType,
                        kind.name())));
            }
            if (bytes.length > imports.maxBytes()) {
                throw tooLarge(bytes.length + " bytes", imports.maxBytes());
            }
            String declared = format != null ? format(format) : name.endsWith(".md") || name.endsWith(".markdown")
                    ? "MARKDOWN" : "PLAIN_TEXT";
            return created(imports.importPlan(caller, PlanImportService.Upload.ofBytes(bytes, mediaType, declared)));
        });
    }

    // Any other body (a PDF, a Word file, no Content-Type): the content is checked so that the answer says what is
    // wrong (binary file → extract its text first); text sent under another type is refused with the accepted types.
    // Documented with importText.
    @PostMapping
    public ResponseEntity<ImportViews.PreviewView> importOther(TdktPrincipal caller, HttpServletRequest request)
            throws IOException {
        imports.requireImporter(caller);
        byte[] body = readBounded(request, imports.maxBytes());
        imports.requireText(body);
        throw new UnsupportedImportTypeException(request.getContentType() == null ? "(không có)" : request.getContentType());
    }

    /**
     * Reads an import's preview.
     * <p>SNV_OFFICER and ADMIN, and the officers of the unit that created it; anyone else gets 404. The {@code ETag}
     * header carries the preview's version for {@code If-Match} on confirm or discard.
     *
     * @param id the import id
     * @return the preview as the upload produced it, and its confirmation or discarding
     */
    @PreAuthorize(Roles.ANY)
    @GetMapping("/{id}")
    public ResponseEntity<ImportViews.PreviewView> get(TdktPrincipal caller, @PathVariable String id) {
        return ETags.ok(imports.get(caller, id), ImportViews.PreviewView::of);
    }

    /**
     * Confirms a preview: creates the draft plan.
     * <p>SNV_OFFICER or ADMIN. The optional body maps the unit names the registry did not resolve to unit codes, lists
     * names to leave out, and sets the issuer, the plan's kind and its parent plan. A name still unresolved, or a
     * missing required header field, answers 422 with the {@code unresolved} names and the {@code missingFields}; a
     * discarded or already confirmed import answers 409. The plan is created in one write, or not at all; publish it
     * with {@code POST /api/v1/plans/{id}/publish}.
     *
     * @param id the import id
     * @return 201 with the new plan's id, address ({@code Location}) and task counts
     */
    @PreAuthorize(Roles.SNV_OFFICER)
    @PostMapping("/{id}/confirm")
    public ResponseEntity<ImportViews.ConfirmedView> confirm(TdktPrincipal caller, @PathVariable String id,
            IfMatch ifMatch, @RequestBody(required = false) ConfirmRequest request) {
        PlanDraftAssembler.Choices choices = request == null ? PlanDraftAssembler.Choices.none() : request.choices();
        PlanImportService.Confirmed confirmed = imports.confirm(caller, id, ifMatch, choices);
        Plan plan = confirmed.plan().value();
        String planUrl = "/api/v1/plans/" + plan.id();
        return ETags.created(URI.create(planUrl), confirmed.planImport(), done -> new ImportViews.ConfirmedView(id,
                plan.id(), plan.status().name(), plan.tasks().size(), done.plan().tasks().size(),
                done.plan().recurringDuties().size(), planUrl));
    }

    /**
     * Discards a preview that will not be confirmed.
     * <p>SNV_OFFICER or ADMIN. A confirmed import answers 409 {@code import.already-confirmed}.
     *
     * @param id the import id
     * @return the discarded preview with its new {@code ETag}
     */
    @PostMapping("/{id}/discard")
    public ResponseEntity<ImportViews.PreviewView> discard(TdktPrincipal caller, @PathVariable String id,
            IfMatch ifMatch) {
        return ETags.ok(imports.discard(caller, id, ifMatch), ImportViews.PreviewView::of);
    }

    // --- problems -----------------------------------------------------------------------------------------

    @ExceptionHandler(PlanTextRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(PlanTextRejectedException e) {
        HttpStatus status = switch (e.reason()) {
            case EMPTY -> HttpStatus.BAD_REQUEST;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case BINARY_CONTENT, INVALID_UTF8, NOT_TEXT -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        };
        String code = "import." + e.reason().name().toLowerCase(Locale.ROOT).replace('_', '-');
        ProblemDetail problem = problems.create(status, code, List.of(e.maxBytes(), e.maxBytes() / 1024));
        problem.setProperty("reason", e.reason().name());
        problem.setProperty("hint", e.detail());
        problem.setProperty("maxBytes", e.maxBytes());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A DOCX or PDF of the right type that cannot be read (a scan without text, a password, damage, a bomb): 422. */
    @ExceptionHandler(UnreadableDocumentException.class)
    ResponseEntity<ProblemDetail> unreadable(UnreadableDocumentException e) {
        String code = "import.unreadable." + e.reason().name().toLowerCase(Locale.ROOT).replace('_', '-');
        ProblemDetail problem = problems.create(HttpStatus.UNPROCESSABLE_CONTENT, code, List.of());
        problem.setProperty("reason", e.reason().name());
        problem.setProperty("hint", e.detail());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(UnsupportedImportTypeException.class)
    ResponseEntity<ProblemDetail> unsupported(UnsupportedImportTypeException e) {
        ProblemDetail problem = problems.create(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.code(), List.of(e.declared()));
        problem.setProperty("reason", e.reason());
        problem.setProperty("accepted", List.of("text/plain; charset=UTF-8", "text/markdown; charset=UTF-8",
                "application/json", MediaType.APPLICATION_PDF_VALUE, DOCX, "multipart/form-data"));
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** Every reader stayed busy while the upload waited: 503 with {@code Retry-After}, nothing read or stored. */
    @ExceptionHandler(ImportBusyException.class)
    ResponseEntity<ProblemDetail> busy(ImportBusyException e) {
        ProblemDetail problem = problems.create(HttpStatus.SERVICE_UNAVAILABLE, "import.busy",
                List.of(e.retryAfterSeconds()));
        problem.setProperty("retryAfterSeconds", e.retryAfterSeconds());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(ImportNotConfirmableException.class)
    ResponseEntity<ProblemDetail> notConfirmable(ImportNotConfirmableException e) {
        List<String> names = e.unresolved().stream().map(ImportNotConfirmableException.UnresolvedName::name).toList();
        ProblemDetail problem = problems.create(HttpStatus.UNPROCESSABLE_CONTENT,
                names.isEmpty() ? "import.incomplete" : "import.unresolved-units",
                List.of(names.size(), String.join("; ", names), String.join(", ", e.missingFields())));
        problem.setProperty("unresolved", e.unresolved());
        problem.setProperty("missingFields", e.missingFields());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    // --- helpers ------------------------------------------------------------------------------------------

    private static ResponseEntity<ImportViews.PreviewView> created(Versioned<PlanImport> preview) {
        return ETags.created(URI.create("/api/v1/plan-imports/" + preview.value().id()), preview,
                ImportViews.PreviewView::of);
    }

    private static MediaType declaredType(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.CONTENT_TYPE);
        try {
            return MediaType.parseMediaType(header == null ? MediaType.TEXT_PLAIN_VALUE : header);
        } catch (InvalidMediaTypeException e) {
            throw new UnsupportedImportTypeException(header);
        }
    }

    /** The text must be UTF-8; a declared charset that is something else is refused rather than misread. */
    private static void requireUtf8(MediaType type) {
        String charset = type.getParameter("charset");
        if (charset == null) {
            return;
        }
        Charset declared;
        try {
            declared = Charset.forName(charset.replace("\"", "").strip());
        } catch (IllegalArgumentException e) {
            throw UnsupportedImportTypeException.charset(charset);
        }
        if (!declared.equals(StandardCharsets.UTF_8)) {
            throw UnsupportedImportTypeException.charset(charset);
        }
    }

    /** Reads at most {@code limit} bytes; a longer body is refused (413) without reading the rest. */
    private static byte[] readBounded(HttpServletRequest request, long limit) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            throw tooLarge(declared + " bytes", limit);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw tooLarge("more than " + limit + " bytes", limit);
            }
            return bytes;
        }
    }

    private static PlanTextRejectedException tooLarge(String size, long limit) {
        return new PlanTextRejectedException(RejectionReason.TOO_LARGE, size + ", limit " + limit, limit);
    }

    private static String format(String format) {
        if (format == null || format.isBlank()) {
            return null;
        }
        return switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "markdown", "md", "text/markdown" -> "MARKDOWN";
            case "text", "plain", "txt", "plain_text", "text/plain" -> "PLAIN_TEXT";
            default -> throw DomainException.invalid("import.format-invalid", format);
        };
    }
}
