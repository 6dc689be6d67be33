package vn.tdkt.nomination.facts.ratings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
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
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.web.paging.PagingProperties;
import vn.tdkt.platform.web.problem.Problems;

@RestController
@RequestMapping("/api/v1/ratings")
@Tag(name = "Xếp loại", description = "Ratings register: annual evaluations of persons and collectives")
public class RatingController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String READERS =
            "hasAnyRole('UNIT_OFFICER','SNV_OFFICER','COUNCIL_MEMBER','LEADER','ADMIN')";
    private static final String WRITERS = "hasAnyRole('SNV_OFFICER','ADMIN')";

    private final RatingService ratings;
    private final PagingProperties paging;
    private final Problems problems;

    public RatingController(RatingService ratings, PagingProperties paging, Problems problems) {
        this.ratings = ratings;
        this.paging = paging;
        this.problems = problems;
    }

    @PostMapping(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(WRITERS)
    @Operation(summary = "Import ratings from an xlsx or CSV file (multipart field 'file'); every row is checked "
            + "first and one bad row imports nothing")
    public RatingImportSummary importFile(@Parameter(hidden = true) TdktPrincipal caller,
            @RequestPart("file") MultipartFile file) throws IOException {
        return ratings.importFile(caller, file.getBytes(), file.getOriginalFilename());
    }

    @PostMapping(value = "/imports", consumes = {"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @PreAuthorize(WRITERS)
    @Operation(summary = "Import ratings sent as the request body (text/csv or xlsx)")
    public RatingImportSummary importBody(@Parameter(hidden = true) TdktPrincipal caller,
            @RequestBody byte[] content) {
        return ratings.importFile(caller, content, null);
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "Ratings by unit, year or subject (unit officers: their own unit)")
    public PageResponse<RatingView> list(@Parameter(hidden = true) TdktPrincipal caller,
            @RequestParam(required = false) String unit, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String nationalId, @RequestParam(required = false) String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return ratings.list(caller, unit, year, SubjectParams.person(nationalId, name, birthDate, unit),
                paging.query(page, size)).map(RatingView::of);
    }

    @ExceptionHandler(RatingImportRejected.class)
    ResponseEntity<ProblemDetail> rejected(RatingImportRejected e) {
        ProblemDetail problem = problems.create(HttpStatus.BAD_REQUEST, "rating.import.rejected",
                List.of(e.errors().size()));
        problem.setProperty("errors", e.errors().stream().map(error -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("row", error.row());
            item.put("column", error.column());
            item.put("code", error.code());
            item.put("message", problems.message(error.code(), error.args().toArray()));
            return item;
        }).toList());
        return ResponseEntity.badRequest().body(problem);
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
