package vn.tdkt.nomination.facts.holds.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.nomination.facts.holds.application.DisciplineService;
import vn.tdkt.nomination.facts.holds.domain.Discipline;
import vn.tdkt.nomination.facts.web.SubjectParams;
import vn.tdkt.nomination.facts.web.SubjectView;
import vn.tdkt.nomination.rules.domain.DisciplineLevel;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.web.paging.PagingProperties;

@RestController
@RequestMapping(DisciplineController.BASE)
@Tag(name = "Kỷ luật", description = "Concluded disciplines of subjects (R-GEN-06, R-LDTT-02, R-CH-01)")
public class DisciplineController {

    static final String BASE = "/api/v1/disciplines";
    private static final String READERS =
            "hasAnyRole('UNIT_OFFICER','SNV_OFFICER','COUNCIL_MEMBER','LEADER','ADMIN')";

    private final DisciplineService disciplines;
    private final PagingProperties paging;

    public DisciplineController(DisciplineService disciplines, PagingProperties paging) {
        this.disciplines = disciplines;
        this.paging = paging;
    }

    /**
     * @param to          end of the discipline period ({@code null}: not ended)
     * @param decisionRef number and date of the disciplinary decision
     */
    public record DisciplineRequest(@NotNull @Valid SubjectParams.SubjectRequest subject,
            @NotNull DisciplineLevel level, @NotNull LocalDate from, LocalDate to, @NotBlank String decisionRef,
            String reason) {
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('SNV_OFFICER','ADMIN')")
    @Operation(summary = "Record a concluded discipline (SNV_OFFICER, ADMIN)")
    public ResponseEntity<DisciplineView> record(@Parameter(hidden = true) TdktPrincipal caller,
            @Valid @RequestBody DisciplineRequest request) {
        Versioned<Discipline> created = disciplines.record(caller, SubjectParams.of(request.subject()),
                request.level(), request.from(), request.to(), request.decisionRef(), request.reason());
        return ETags.created(URI.create(BASE + "/" + created.value().id()), created, DisciplineView::of);
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "Disciplines by unit or subject (unit officers: own unit)")
    public PageResponse<DisciplineView> list(@Parameter(hidden = true) TdktPrincipal caller,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String nationalId,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return disciplines.list(caller, unit, SubjectParams.person(nationalId, name, birthDate, unit),
                paging.query(page, size)).map(DisciplineView::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "One discipline")
    public ResponseEntity<DisciplineView> get(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id) {
        return ETags.ok(disciplines.get(caller, id), DisciplineView::of);
    }

    public record DisciplineView(String id, SubjectView subject, String level, String levelLabel, LocalDate from,
            LocalDate to, String decisionRef, String reason, String recordedBy, Instant recordedAt) {
        static DisciplineView of(Discipline d) {
            return new DisciplineView(d.id(), SubjectView.of(d.subject()), d.level().name(), d.level().label(),
                    d.from(), d.to(), d.decisionRef(), d.reason(), d.recordedBy(), d.recordedAt());
        }
    }
}
