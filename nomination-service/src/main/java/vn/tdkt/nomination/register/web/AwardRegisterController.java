package vn.tdkt.nomination.register.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
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
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.access.Roles;
import vn.tdkt.nomination.facts.ratings.web.ImportRejectedProblem;
import vn.tdkt.nomination.register.application.RegisterImportRejected;
import vn.tdkt.nomination.register.application.RegisterImportService;
import vn.tdkt.nomination.register.application.RegisterImportSummary;
import vn.tdkt.nomination.register.application.RegisterService;
import vn.tdkt.nomination.register.domain.AwardStatus;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.web.paging.PagingProperties;
import vn.tdkt.platform.web.problem.Problems;

@RestController
@RequestMapping(AwardRegisterController.BASE)
@Tag(name = "Sổ khen thưởng", description = "The award register: every person's and collective's awards across the "
        + "years, with money, prerequisites and revocations; historical decisions imported from xlsx")
public class AwardRegisterController {

    static final String BASE = "/api/v1/award-register";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String READERS = Roles.ANY;
    private static final String WRITERS = Roles.SNV_OR_ADMIN;

    private final RegisterService register;
    private final RegisterImportService imports;
    private final PagingProperties paging;
    private final Problems problems;

    public AwardRegisterController(RegisterService register, RegisterImportService imports, PagingProperties paging,
            Problems problems) {
        this.register = register;
        this.imports = imports;
        this.paging = paging;
        this.problems = problems;
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "Search the register by name (ignoring case and diacritics), unit, award, year, status; "
            + "latest decisions first (unit officers: their own unit's people and collectives)")
    public PageResponse<AwardRecordView> search(@Parameter(hidden = true) TdktPrincipal caller,
            @Parameter(description = "part of the name, any case, with or without diacritics")
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String nationalId,
            @RequestParam(required = false) SubjectType subjectType,
            @Parameter(description = "award code, e.g. CSTDCS") @RequestParam(required = false) String award,
            @RequestParam(required = false) @Min(1945) @Max(2100) Integer year,
            @RequestParam(required = false) AwardStatus status,
            @RequestParam(required = false) Integer page,
            @Parameter(description = "page size, default 20, capped at tdkt.pagination.max-size (100)")
            @RequestParam(required = false) Integer size) {
        return register.search(caller, new RegisterService.Search(name, unit, nationalId, subjectType, award, year,
                status), paging.query(page, size)).map(AwardRecordView::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "One award of the register, with its decision, money and sources, prerequisites relied on "
            + "and revocation")
    public ResponseEntity<AwardRecordView> get(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id) {
        return ETags.ok(register.get(caller, id), AwardRecordView::of);
    }

    @GetMapping(value = "/imports/template", produces = XLSX)
    @PreAuthorize(WRITERS)
    @Operation(summary = "The xlsx template of historical decisions (Vietnamese headers, accepted values)")
    public ResponseEntity<byte[]> template() {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"so-khen-thuong-mau.xlsx\"")
                .contentType(MediaType.parseMediaType(XLSX)).body(imports.template());
    }

    @PostMapping(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(WRITERS)
    @Operation(summary = "Import historical decisions (multipart field 'file', xlsx); every row is checked first and "
            + "one bad row imports nothing; the same rows imported again are not added twice")
    public RegisterImportSummary importFile(@Parameter(hidden = true) TdktPrincipal caller,
            @RequestPart("file") MultipartFile file) throws IOException {
        return imports.importFile(caller, file.getBytes());
    }

    @PostMapping(value = "/imports", consumes = {XLSX, "text/csv", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @PreAuthorize(WRITERS)
    @Operation(summary = "Import historical decisions sent as the request body (xlsx or text/csv)")
    public RegisterImportSummary importBody(@Parameter(hidden = true) TdktPrincipal caller,
            @RequestBody byte[] content) {
        return imports.importFile(caller, content);
    }

    @ExceptionHandler(RegisterImportRejected.class)
    ResponseEntity<ProblemDetail> rejected(RegisterImportRejected e) {
        return ImportRejectedProblem.of(problems, "register.import.rejected", e);
    }
}
