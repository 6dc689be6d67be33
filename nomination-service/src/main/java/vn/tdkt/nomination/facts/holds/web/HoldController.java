package vn.tdkt.nomination.facts.holds.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Clock;
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
import vn.tdkt.nomination.facts.holds.application.HoldService;
import vn.tdkt.nomination.facts.holds.domain.Hold;
import vn.tdkt.nomination.facts.web.SubjectParams;
import vn.tdkt.nomination.facts.web.SubjectView;
import vn.tdkt.nomination.rules.domain.HoldKind;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.IfMatch;
import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.web.paging.PagingProperties;

@RestController
@RequestMapping(HoldController.BASE)
@Tag(name = "Tạm dừng xét khen thưởng", description = "Holds on awarding a subject (R-GEN-05), and their lifting")
public class HoldController {

    static final String BASE = "/api/v1/holds";
    private static final String READERS =
            "hasAnyRole('UNIT_OFFICER','SNV_OFFICER','COUNCIL_MEMBER','LEADER','ADMIN')";
    private static final String WRITERS = "hasAnyRole('SNV_OFFICER','ADMIN')";

    private final HoldService holds;
    private final PagingProperties paging;
    private final Clock clock;

    public HoldController(HoldService holds, PagingProperties paging, Clock clock) {
        this.holds = holds;
        this.paging = paging;
        this.clock = clock;
    }

    /**
     * @param sourceDocument the list or letter the hold comes from (e.g. the inspectorate's list of pending
     *                       complaints)
     */
    public record HoldRequest(@NotNull @Valid SubjectParams.SubjectRequest subject, @NotNull HoldKind kind,
            @NotNull LocalDate since, LocalDate until, @NotBlank String reason, String sourceDocument) {
    }

    public record LiftRequest(@NotBlank String reason) {
    }

    @PostMapping
    @PreAuthorize(WRITERS)
    @Operation(summary = "Record a hold on a subject (SNV_OFFICER, ADMIN)")
    public ResponseEntity<HoldView> record(@Parameter(hidden = true) TdktPrincipal caller,
            @Valid @RequestBody HoldRequest request) {
        Versioned<Hold> created = holds.record(caller, SubjectParams.of(request.subject()), request.kind(),
                request.since(), request.until(), request.reason(), request.sourceDocument());
        LocalDate today = LocalDate.now(clock);
        return ETags.created(URI.create(BASE + "/" + created.value().id()), created, h -> HoldView.of(h, today));
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "Holds by unit or subject, optionally only those in force today (unit officers: own unit)")
    public PageResponse<HoldView> list(@Parameter(hidden = true) TdktPrincipal caller,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String nationalId,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
            @RequestParam(defaultValue = "false") boolean active,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        LocalDate today = LocalDate.now(clock);
        return holds.list(caller, unit, SubjectParams.person(nationalId, name, birthDate, unit), active,
                paging.query(page, size)).map(h -> HoldView.of(h, today));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "One hold; the ETag header carries its version")
    public ResponseEntity<HoldView> get(@Parameter(hidden = true) TdktPrincipal caller, @PathVariable String id) {
        LocalDate today = LocalDate.now(clock);
        return ETags.ok(holds.get(caller, id), h -> HoldView.of(h, today));
    }

    @PostMapping("/{id}/lift")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Lift a hold from today, recording who and why (SNV_OFFICER, ADMIN); send If-Match")
    public ResponseEntity<HoldView> lift(@Parameter(hidden = true) TdktPrincipal caller, @PathVariable String id,
            @Parameter(hidden = true) IfMatch ifMatch, @Valid @RequestBody LiftRequest request) {
        LocalDate today = LocalDate.now(clock);
        return ETags.ok(holds.lift(caller, id, ifMatch, request.reason()), h -> HoldView.of(h, today));
    }

    /** A hold as the API shows it; {@code active}: it blocks today. */
    public record HoldView(String id, SubjectView subject, String kind, String kindLabel, LocalDate since,
            LocalDate until, String reason, String sourceDocument, boolean active, String recordedBy,
            Instant recordedAt, LiftView lifted) {
        static HoldView of(Hold h, LocalDate today) {
            Hold.Lift lift = h.lifted();
            return new HoldView(h.id(), SubjectView.of(h.subject()), h.kind().name(), h.kind().label(), h.since(),
                    h.until(), h.reason(), h.sourceDocument(), h.activeOn(today), h.recordedBy(), h.recordedAt(),
                    lift == null ? null : new LiftView(lift.by(), lift.at(), lift.on(), lift.reason()));
        }
    }

    public record LiftView(String by, Instant at, LocalDate on, String reason) {
    }
}
