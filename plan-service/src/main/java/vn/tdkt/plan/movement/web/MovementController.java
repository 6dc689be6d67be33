package vn.tdkt.plan.movement.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.plan.movement.application.MovementService;
import vn.tdkt.plan.movement.domain.Movement;
import vn.tdkt.plan.movement.domain.MovementData;
import vn.tdkt.plan.movement.domain.MovementKind;
import vn.tdkt.plan.movement.domain.MovementStatus;
import vn.tdkt.plan.movement.domain.Quota;
import vn.tdkt.plan.movement.domain.ReceivingDesk;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.IfMatch;
import lombok.RequiredArgsConstructor;

/** Emulation movements (phong trào thi đua): create (draft), launch (phát động), close; read. */
@Tag(name = "Phong trào thi đua (movements)", description = "Phong trào thi đua: soạn, phát động, kết thúc; đơn vị "
        + "tham gia, hình thức khen thưởng, chỉ tiêu và thời hạn nhận hồ sơ. — Emulation movements: drafted, "
        + "launched and closed by Sở Nội vụ, with their participants, award forms, quotas and nomination window.")
@RestController
@PreAuthorize(Roles.SNV_OFFICER)
@RequestMapping("/api/v1/movements")
@RequiredArgsConstructor
public class MovementController {

    private final MovementService movements;

    /**
     * A span of days, both ends included.
     *
     * @param from the first day
     * @param to   the last day
     */
    public record Window(@Schema(example = "2026-03-01") LocalDate from, @Schema(example = "2026-11-30") LocalDate to) {
    }

    /**
     * At most {@code max} nominations of an award form from a unit.
     *
     * @param unitCode  a participating unit
     * @param awardCode an award form the movement offers
     * @param max       the most nominations
     */
    public record QuotaRequest(@Schema(example = "SGDDT") String unitCode,
                               @Schema(example = "BK_TINH") String awardCode,
                               @Schema(example = "3") int max) {
    }

    /**
     * An emulation movement (phong trào thi đua).
     *
     * @param name             its name
     * @param kind             regular, thematic, ad hoc or five-year
     * @param directive        the document that launches it
     * @param period           when the movement runs
     * @param planId           the plan it belongs to
     * @param participants     the codes of the units taking part
     * @param awardForms       the award codes it may lead to (see nomination-service's catalogue)
     * @param quotas           per unit and award, the most nominations
     * @param nominationWindow when nominations are received
     * @param receivingDesk    the unit (and its desk) that receives the nominations
     */
    public record MovementRequest(
            @NotBlank @Size(max = 1000) @Schema(example = "Phong trào thi đua \"Đổi mới, sáng tạo trong dạy và học\"")
            String name,
            @NotNull @Schema(example = "THEMATIC") MovementKind kind,
            @Size(max = 300) @Schema(example = "Kế hoạch số 45/KH-UBND ngày 20/02/2026") String directive,
            Window period,
            String planId,
            @Schema(example = "[\"SGDDT\", \"SYT\"]") List<String> participants,
            @Schema(example = "[\"BK_TINH\", \"GIAY_KHEN\"]") List<String> awardForms,
            List<QuotaRequest> quotas,
            Window nominationWindow,
            ReceivingDesk receivingDesk) {
        MovementData data() {
            Window p = period == null ? new Window(null, null) : period;
            Window n = nominationWindow == null ? new Window(null, null) : nominationWindow;
            return new MovementData(name, kind, directive, p.from(), p.to(), planId, upper(participants),
                    upper(awardForms),
                    quotas == null ? List.of() : quotas.stream().map(q -> q == null ? null
                            : new Quota(upper(q.unitCode()), upper(q.awardCode()), q.max())).toList(),
                    n.from(), n.to(), receivingDesk == null ? null
                            : new ReceivingDesk(upper(receivingDesk.unitCode()), receivingDesk.text()));
        }
    }

    public record MovementView(String id, String name, MovementKind kind, String kindLabel, String directive,
                               Window period, String planId, List<String> participants, List<String> awardForms,
                               List<Quota> quotas, Window nominationWindow, ReceivingDesk receivingDesk,
                               MovementStatus status, String statusLabel, Instant createdAt, String createdBy,
                               Instant launchedAt, String launchedBy, Instant closedAt, String closedBy) {
        static MovementView of(Movement m) {
            MovementData d = m.data();
            return new MovementView(m.id(), d.name(), d.kind(), d.kind().label(), d.directive(),
                    new Window(d.periodFrom(), d.periodTo()), d.planId(), d.participants(), d.awardForms(), d.quotas(),
                    d.nominationFrom() == null ? null : new Window(d.nominationFrom(), d.nominationTo()),
                    d.receivingDesk(), m.status(), m.status().label(), m.createdAt(), m.createdBy(), m.launchedAt(),
                    m.launchedBy(), m.closedAt(), m.closedBy());
        }
    }

    /**
     * Drafts an emulation movement.
     * <p>SNV_OFFICER only. Participants, quota units and the receiving desk must be registered units (400
     * {@code unit.unknown}); a quota names a participant ({@code movement.quota-unit-not-participant}) and an offered
     * award form ({@code movement.quota-award-not-offered}); the period and the nomination window must be in order. A
     * draft is seen only by SNV_OFFICER and ADMIN until it is launched.
     *
     * @return the draft, with its {@code Location} and {@code ETag}
     */
    @PostMapping
    public ResponseEntity<MovementView> create(TdktPrincipal caller, @Valid @RequestBody MovementRequest request) {
        Versioned<Movement> created = movements.create(caller, request.data());
        return ETags.created(URI.create("/api/v1/movements/" + created.value().id()), created, MovementView::of);
    }

    /**
     * Lists movements, newest first.
     * <p>SNV_OFFICER, LEADER and ADMIN see every movement (drafts: SNV_OFFICER and ADMIN); a unit officer sees the
     * launched and closed movements their unit takes part in.
     *
     * @param status only movements in this state
     * @param page   the page ({@code page} from 0; {@code size} default 20, at most 100)
     * @return one page of movements with the total count
     */
    @PreAuthorize(Roles.ANY)
    @GetMapping
    public PageResponse<MovementView> list(TdktPrincipal caller, @RequestParam(required = false) MovementStatus status,
            PageQuery page) {
        return movements.list(caller, status, page).map(MovementView::of);
    }

    /**
     * Reads one movement.
     * <p>Readable by its participants, SNV_OFFICER, LEADER and ADMIN (a draft: SNV_OFFICER and ADMIN only); anyone else
     * gets 404, as for a missing one.
     *
     * @param id the movement id
     * @return the movement with its {@code ETag}
     */
    @PreAuthorize(Roles.ANY)
    @GetMapping("/{id}")
    public ResponseEntity<MovementView> get(TdktPrincipal caller, @PathVariable String id) {
        return ETags.ok(movements.get(caller, id), MovementView::of);
    }

    /**
     * Launches (phát động) a drafted movement.
     * <p>SNV_OFFICER only; only a draft can be launched (409 {@code movement.cannot-launch}). Publishes
     * {@code movement-launched}: each participating unit is told, with its own quotas, and may then register.
     *
     * @param id the movement id
     * @return the launched movement with its new {@code ETag}
     */
    @PostMapping("/{id}/launch")
    public ResponseEntity<MovementView> launch(TdktPrincipal caller, @PathVariable String id, IfMatch ifMatch) {
        return ETags.ok(movements.launch(caller, id, ifMatch), MovementView::of);
    }

    /**
     * Closes a launched movement.
     * <p>SNV_OFFICER only; only a launched movement can be closed (409 {@code movement.cannot-close}). Publishes
     * {@code movement-closed}; no registration is taken after it.
     *
     * @param id the movement id
     * @return the closed movement with its new {@code ETag}
     */
    @PostMapping("/{id}/close")
    public ResponseEntity<MovementView> close(TdktPrincipal caller, @PathVariable String id, IfMatch ifMatch) {
        return ETags.ok(movements.close(caller, id, ifMatch), MovementView::of);
    }

    private static List<String> upper(List<String> codes) {
        return codes == null ? null : codes.stream().map(MovementController::upper).toList();
    }

    private static String upper(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }
}
