package vn.tdkt.nomination.register.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
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
import vn.tdkt.nomination.facts.ratings.web.ImportRejectedProblem;
import vn.tdkt.nomination.register.application.RegisterImportRejected;
import vn.tdkt.nomination.register.application.RegisterImportService;
import vn.tdkt.nomination.register.application.RegisterImportSummary;
import vn.tdkt.nomination.register.application.RegisterService;
import vn.tdkt.nomination.register.domain.AwardStatus;
import vn.tdkt.nomination.web.Downloads;
import vn.tdkt.nomination.web.OfficeMediaTypes;
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.web.problem.Problems;
import lombok.RequiredArgsConstructor;

@RestController
@RequestMapping(AwardRegisterController.BASE)
@Tag(name = "Sổ khen thưởng", description = "The award register: every person's and collective's awards across the "
        + "years, with money, prerequisites and revocations; historical decisions imported from xlsx")
@RequiredArgsConstructor
public class AwardRegisterController {

    static final String BASE = "/api/v1/award-register";

    private final RegisterService register;
    private final RegisterImportService imports;
    private final Problems problems;

    /**
     * Search the register by name (ignoring case and diacritics), unit, award, year, status; latest decisions first
     * (unit officers: their own unit's people and collectives).
     * <p>SNV_OFFICER, COUNCIL_MEMBER, LEADER and ADMIN search every unit; a UNIT_OFFICER only their own unit's people
     * and collectives (naming another {@code unit} gives an empty page). Awards decided in this system and imported
     * historical ones alike. The filters combine.
     *
     * @param name part of the name, any case, with or without diacritics
     * @param unit only this unit's people and collectives
     * @param nationalId only this person (12-digit national ID)
     * @param subjectType only individuals, collectives or households
     * @param award award code, e.g. CSTDCS
     * @param year only awards for this year
     * @param status only active or only revoked awards
     * @param page the page ({@code page} from 0; {@code size} default 20, at most 100)
     * @return one page of awards with the total count
     */
    @GetMapping
    @PreAuthorize(Roles.ANY)
    public PageResponse<AwardRecordView> search(TdktPrincipal caller,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String nationalId,
            @RequestParam(required = false) SubjectType subjectType,
            @RequestParam(required = false) String award,
            @RequestParam(required = false) @Min(1945) @Max(2100) Integer year,
            @RequestParam(required = false) AwardStatus status,
            PageQuery page) {
        return register.search(caller, new RegisterService.Search(name, unit, nationalId, subjectType, award, year,
                status), page).map(AwardRecordView::of);
    }

    /**
     * One award of the register, with its decision, money and sources, prerequisites relied on and revocation.
     * <p>Readable by SNV_OFFICER, COUNCIL_MEMBER, LEADER and ADMIN, and by a UNIT_OFFICER for an award of their own
     * unit's people and collectives; any other award answers 404 {@code register.award-not-found}, exactly as a missing
     * one.
     *
     * @param id the award id
     * @return the award with its {@code ETag}
     */
    @GetMapping("/{id}")
    @PreAuthorize(Roles.ANY)
    public ResponseEntity<AwardRecordView> get(TdktPrincipal caller,
            @PathVariable String id) {
        return ETags.ok(register.get(caller, id), AwardRecordView::of);
    }

    /**
     * The xlsx template of historical decisions (Vietnamese headers, accepted values).
     * <p>SNV_OFFICER and ADMIN (403 otherwise). The first sheet has the columns to fill; another lists the accepted
     * values (subject kinds, commendation types, deciding authorities, and the awards of the catalogue in force today).
     *
     * @return the xlsx template as an attachment
     */
    @GetMapping(value = "/imports/template", produces = OfficeMediaTypes.XLSX)
    @PreAuthorize(Roles.SNV_OR_ADMIN)
    public ResponseEntity<byte[]> template() {
        return Downloads.attachment(imports.template(), OfficeMediaTypes.XLSX, "so-khen-thuong-mau.xlsx");
    }

    /**
     * Import historical decisions (multipart field 'file', xlsx); every row is checked first and one bad row imports
     * nothing; the same rows imported again are not added twice.
     * <p>SNV_OFFICER and ADMIN (403 otherwise). Send the file as a multipart {@code file}, or as the body (xlsx, or
     * {@code text/csv} in UTF-8); the format is recognised by content (400 {@code rating.import.format-unsupported},
     * {@code rating.import.empty-file}, {@code rating.import.too-many-rows}). Every row is checked before anything is
     * written: required cells, dates and national IDs, the award against the catalogue of the decision date and the
     * subject kind, the deciding authority against R-AUTH-01/02/03 as of that date, and the register for the same award
     * of the same subject and year. One bad row imports nothing: the 400 {@code register.import.rejected} problem lists
     * each row, column and reason. Rows are keyed by what they say, so the same rows imported again are counted as
     * already present, not added twice. Imported awards publish no event.
     *
     * @return the import id and how many rows were read, imported and already present
     */
    @PostMapping(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(Roles.SNV_OR_ADMIN)
    @Operation(operationId = "award-register-import")
    public RegisterImportSummary importFile(TdktPrincipal caller,
            @RequestPart("file") MultipartFile file) throws IOException {
        return imports.importFile(caller, file.getBytes());
    }

    // the same operation with the file as the body (documented with importFile)
    @PostMapping(value = "/imports",
            consumes = {OfficeMediaTypes.XLSX, "text/csv", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @PreAuthorize(Roles.SNV_OR_ADMIN)
    public RegisterImportSummary importBody(TdktPrincipal caller,
            @RequestBody byte[] content) {
        return imports.importFile(caller, content);
    }

    @ExceptionHandler(RegisterImportRejected.class)
    ResponseEntity<ProblemDetail> rejected(RegisterImportRejected e) {
        return ImportRejectedProblem.of(problems, "register.import.rejected", e);
    }
}
