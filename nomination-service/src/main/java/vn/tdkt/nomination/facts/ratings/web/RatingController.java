package vn.tdkt.nomination.facts.ratings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.tdkt.nomination.facts.domain.SubjectKey;
import vn.tdkt.nomination.facts.ratings.application.RatingImportRejected;
import vn.tdkt.nomination.facts.ratings.application.RatingImportSummary;
import vn.tdkt.nomination.facts.ratings.application.RatingService;
import vn.tdkt.nomination.facts.ratings.domain.Rating;
import vn.tdkt.nomination.facts.web.SubjectParams;
import vn.tdkt.nomination.web.OfficeMediaTypes;
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.web.problem.Problems;
import lombok.RequiredArgsConstructor;

@RestController
@RequestMapping("/api/v1/ratings")
@Tag(name = "Xếp loại (ratings)", description = "Sổ xếp loại chất lượng hằng năm của cá nhân và tập thể (HTXSNV, "
        + "HTTNV, HTNV, KHTNV), nhập từ tệp Excel hoặc CSV; cán bộ đơn vị chỉ xem đơn vị mình. — The register of "
        + "annual ratings of persons and collectives, imported from Excel or CSV; a unit officer reads only their "
        + "own unit's.")
@RequiredArgsConstructor
public class RatingController {

    private final RatingService ratings;
    private final Problems problems;

    /**
     * Imports ratings from an xlsx or CSV file.
     * <p>SNV_OFFICER or ADMIN. Send the file as a multipart {@code file}, or as the body ({@code text/csv} in UTF-8,
     * separated by commas or semicolons, or xlsx: the first sheet); the format is recognised by content. Headers, in
     * any order, case and diacritics ignored: “Số định danh cá nhân”, “Họ và tên”, “Ngày sinh”, “Mã đơn vị”, “Năm”,
     * “Xếp loại” (English field names accepted); a row without person columns is the collective rating of its unit.
     * Every row is checked first: one bad row imports nothing, and the 400 problem lists each row, column and reason.
     * One rating per subject and year: a later import replaces it.
     *
     * @return how many rows were read and how many ratings were created or replaced, for which years
     */
    @PostMapping(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(Roles.SNV_OR_ADMIN)
    @Operation(operationId = "rating-import")
    public RatingImportSummary importFile(TdktPrincipal caller,
            @RequestPart("file") MultipartFile file) throws IOException {
        return ratings.importFile(caller, file.getBytes(), file.getOriginalFilename());
    }

    // the same operation with the file as the body (documented with importFile)
    @PostMapping(value = "/imports",
            consumes = {"text/csv", OfficeMediaTypes.XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @PreAuthorize(Roles.SNV_OR_ADMIN)
    public RatingImportSummary importBody(TdktPrincipal caller,
            @RequestBody byte[] content) {
        return ratings.importFile(caller, content, null);
    }

    /**
     * Lists ratings by unit, year or subject.
     * <p>A unit officer reads the ratings of their own unit's subjects; SNV_OFFICER, COUNCIL_MEMBER, LEADER and ADMIN
     * all. A person is named by national ID, or by name (case and diacritics ignored) with date of birth and unit.
     *
     * @param unit       the subject's unit
     * @param year       the year rated
     * @param nationalId the person's national ID
     * @param name       the person's full name
     * @param birthDate  the person's date of birth, with {@code name}
     * @param page       the page ({@code page} from 0; {@code size} default 20, at most 100)
     * @return one page of ratings with the total count
     */
    @GetMapping
    @PreAuthorize(Roles.ANY)
    public PageResponse<RatingView> list(TdktPrincipal caller,
            @RequestParam(required = false) String unit, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String nationalId, @RequestParam(required = false) String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
            PageQuery page) {
        return ratings.list(caller, unit, year, SubjectParams.person(nationalId, name, birthDate, unit),
                page).map(RatingView::of);
    }

    @ExceptionHandler(RatingImportRejected.class)
    ResponseEntity<ProblemDetail> rejected(RatingImportRejected e) {
        return ImportRejectedProblem.of(problems, "rating.import.rejected", e);
    }

    /** One rating as the API shows it. */
    public record RatingView(String subjectKind, String nationalId, String fullName, LocalDate birthDate,
            String unitCode, int year, String grade, String gradeLabel, String importId, int row, String importedBy,
            Instant importedAt) {
        static RatingView of(Rating rating) {
            SubjectKey s = rating.subject();
            Rating.Source source = rating.source();
            return new RatingView(s.kind().name(), s.nationalId(), s.fullName(), s.birthDate(), s.unitCode(),
                    rating.year(), rating.grade().name(), rating.grade().label(),
                    source == null ? null : source.importId(), source == null ? 0 : source.row(),
                    source == null ? null : source.importedBy(), source == null ? null : source.importedAt());
        }
    }
}
