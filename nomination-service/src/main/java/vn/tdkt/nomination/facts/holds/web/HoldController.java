package vn.tdkt.nomination.facts.holds.web;

import io.swagger.v3.oas.annotations.media.Schema;
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
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.IfMatch;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import lombok.RequiredArgsConstructor;

@RestController
@RequestMapping(HoldController.BASE)
@Tag(name = "Tạm dừng xét khen thưởng (holds)", description = "Các trường hợp chưa xét khen thưởng (đang xem xét kỷ "
        + "luật, điều tra, khiếu nại, tố cáo, báo chí phản ánh — R-GEN-05) và việc gỡ bỏ. — Holds on awarding a "
        + "subject (discipline review, investigation, complaint, press report — R-GEN-05), and their lifting.")
@RequiredArgsConstructor
public class HoldController {

    static final String BASE = "/api/v1/holds";

    private final HoldService holds;
    private final Clock clock;

    /**
     * A hold on awarding a subject.
     *
     * @param subject        who is held
     * @param kind           why: a discipline review, an investigation, a complaint or a press report
     * @param since          the first day it holds
     * @param until          the last day it holds; open when left out
     * @param reason         the circumstances
     * @param sourceDocument the list or letter the hold comes from (e.g. the inspectorate's list of pending
     *                       complaints)
     */
    public record HoldRequest(@NotNull @Valid SubjectParams.SubjectRequest subject,
            @NotNull @Schema(example = "COMPLAINT") HoldKind kind,
            @NotNull @Schema(example = "2026-03-01") LocalDate since,
            LocalDate until,
            @NotBlank @Schema(example = "Đang giải quyết đơn khiếu nại") String reason,
            @Schema(example = "Công văn số 120/TTr-NV ngày 25/02/2026 của Thanh tra tỉnh") String sourceDocument) {
    }

    /** @param reason why the hold is lifted (required) */
    public record LiftRequest(@NotBlank @Schema(example = "Đã có kết luận giải quyết khiếu nại") String reason) {
    }

    /**
     * Records a hold on a subject.
     * <p>SNV_OFFICER or ADMIN. A hold in force on a dossier's decision date fails R-GEN-05: the dossier cannot be
     * submitted, and its appraisal waits. {@code until} may be left open; the reason and the source document (the
     * inspectorate's list, a letter) are kept.
     *
     * @return 201 with the hold, its {@code Location} and {@code ETag}
     */
    @PostMapping
    @PreAuthorize(Roles.SNV_OR_ADMIN)
    public ResponseEntity<HoldView> record(TdktPrincipal caller,
            @Valid @RequestBody HoldRequest request) {
        Versioned<Hold> created = holds.record(caller, SubjectParams.of(request.subject()), request.kind(),
                request.since(), request.until(), request.reason(), request.sourceDocument());
        LocalDate today = LocalDate.now(clock);
        return ETags.created(URI.create(BASE + "/" + created.value().id()), created, h -> HoldView.of(h, today));
    }

    /**
     * Lists holds by unit or subject.
     * <p>A unit officer reads their own unit's subjects' holds; SNV_OFFICER, COUNCIL_MEMBER, LEADER and ADMIN all.
     *
     * @param unit       the subject's unit
     * @param nationalId the person's national ID
     * @param name       the person's full name
     * @param birthDate  the person's date of birth, with {@code name}
     * @param active     only the holds in force today
     * @param page       the page ({@code page} from 0; {@code size} default 20, at most 100)
     * @return one page of holds with the total count
     */
    @GetMapping
    @PreAuthorize(Roles.ANY)
    public PageResponse<HoldView> list(TdktPrincipal caller,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String nationalId,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
            @RequestParam(defaultValue = "false") boolean active,
            PageQuery page) {
        LocalDate today = LocalDate.now(clock);
        return holds.list(caller, unit, SubjectParams.person(nationalId, name, birthDate, unit), active,
                page).map(h -> HoldView.of(h, today));
    }

    /**
     * Reads one hold.
     * <p>Readable as in the list; another unit's hold answers 404. The {@code ETag} header carries the version to send
     * as {@code If-Match} when lifting it.
     *
     * @param id the hold id
     * @return the hold, with {@code active} true while it is in force
     */
    @GetMapping("/{id}")
    @PreAuthorize(Roles.ANY)
    public ResponseEntity<HoldView> get(TdktPrincipal caller, @PathVariable String id) {
        LocalDate today = LocalDate.now(clock);
        return ETags.ok(holds.get(caller, id), h -> HoldView.of(h, today));
    }

    /**
     * Lifts a hold from today.
     * <p>SNV_OFFICER or ADMIN, with a reason (400 {@code hold.lift-reason-required}); who lifted it and when are
     * recorded. A hold already lifted answers 409 {@code hold.already-lifted}; a stale {@code If-Match} 412.
     *
     * @param id the hold id
     * @return the lifted hold with its new {@code ETag}
     */
    @PostMapping("/{id}/lift")
    @PreAuthorize(Roles.SNV_OR_ADMIN)
    public ResponseEntity<HoldView> lift(TdktPrincipal caller, @PathVariable String id,
            IfMatch ifMatch, @Valid @RequestBody LiftRequest request) {
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
