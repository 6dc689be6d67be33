package vn.tdkt.nomination.facts.innovations.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import vn.tdkt.nomination.facts.domain.SubjectKey;
import vn.tdkt.nomination.facts.innovations.application.InnovationService;
import vn.tdkt.nomination.facts.innovations.domain.Innovation;
import vn.tdkt.nomination.facts.web.SubjectParams;
import vn.tdkt.nomination.facts.web.SubjectView;
import vn.tdkt.nomination.rules.domain.InnovationKind;
import vn.tdkt.nomination.rules.domain.InnovationLevel;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.web.paging.PagingProperties;

@RestController
@RequestMapping(InnovationController.BASE)
@Tag(name = "Sáng kiến", description = "Innovation register: recognised sáng kiến and S&T works, and their uses")
public class InnovationController {

    static final String BASE = "/api/v1/innovations";
    private static final String READERS =
            "hasAnyRole('UNIT_OFFICER','SNV_OFFICER','COUNCIL_MEMBER','LEADER','ADMIN')";

    private final InnovationService innovations;
    private final PagingProperties paging;

    public InnovationController(InnovationService innovations, PagingProperties paging) {
        this.innovations = innovations;
        this.paging = paging;
    }

    /** A recognised innovation; {@code id} is the register's code, generated when absent. */
    public record InnovationRequest(String id, @NotBlank String title, InnovationKind kind,
            @NotNull InnovationLevel level, @NotNull Integer year, @NotNull @Valid SubjectParams.SubjectRequest owner,
            String recognisedBy, String recognitionRef, LocalDate recognisedOn) {
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('SNV_OFFICER','ADMIN')")
    @Operation(summary = "Record a recognised innovation (SNV_OFFICER, ADMIN)")
    public ResponseEntity<InnovationView> record(@Parameter(hidden = true) TdktPrincipal caller,
            @Valid @RequestBody InnovationRequest request) {
        Versioned<Innovation> created = innovations.record(caller, request.id(), request.title(), request.kind(),
                request.level(), request.year(), SubjectParams.of(request.owner()), request.recognisedBy(),
                request.recognitionRef(), request.recognisedOn());
        return ETags.created(URI.create(BASE + "/" + created.value().id()), created, InnovationView::of);
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "Innovations by unit, year or owner (unit officers: their own unit)")
    public PageResponse<InnovationView> list(@Parameter(hidden = true) TdktPrincipal caller,
            @RequestParam(required = false) String unit, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String nationalId, @RequestParam(required = false) String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return innovations.list(caller, unit, year, SubjectParams.person(nationalId, name, birthDate, unit),
                paging.query(page, size)).map(InnovationView::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "One innovation with the dossiers that used it")
    public ResponseEntity<InnovationView> get(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id) {
        return ETags.ok(innovations.get(caller, id), InnovationView::of);
    }

    /** One innovation as the API shows it; {@code usedFor} is the first dossier that used it. */
    public record InnovationView(String id, String title, String kind, String kindLabel, String level,
            String levelLabel, int year, SubjectView owner, String recognisedBy, String recognitionRef,
            LocalDate recognisedOn, String usedFor, List<Innovation.Use> uses, String recordedBy,
            Instant recordedAt) {
        static InnovationView of(Innovation i) {
            Innovation.Use first = i.firstUseOtherThan(null);
            SubjectKey owner = i.owner();
            return new InnovationView(i.id(), i.title(), i.kind().name(), i.kind().label(), i.level().name(),
                    i.level().label(), i.year(), SubjectView.of(owner), i.recognisedBy(), i.recognitionRef(),
                    i.recognisedOn(), first == null ? null : first.dossierId(), i.uses(), i.recordedBy(),
                    i.recordedAt());
        }
    }
}
