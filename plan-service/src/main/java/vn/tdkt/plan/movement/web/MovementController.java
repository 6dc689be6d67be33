package vn.tdkt.plan.movement.web;

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
import vn.tdkt.platform.web.paging.PagingProperties;
import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.IfMatch;

/** Emulation movements (phong trào thi đua): create (draft), launch (phát động), close; read. */
@RestController
@RequestMapping("/api/v1/movements")
public class MovementController {

    private final MovementService movements;
    private final PagingProperties paging;

    public MovementController(MovementService movements, PagingProperties paging) {
        this.movements = movements;
        this.paging = paging;
    }

    public record Window(LocalDate from, LocalDate to) {
    }

    public record QuotaRequest(String unitCode, String awardCode, int max) {
    }

    public record MovementRequest(@NotBlank @Size(max = 1000) String name, @NotNull MovementKind kind,
                                  @Size(max = 300) String directive, Window period, String planId,
                                  List<String> participants, List<String> awardForms, List<QuotaRequest> quotas,
                                  Window nominationWindow, ReceivingDesk receivingDesk) {
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

    @PostMapping
    public ResponseEntity<MovementView> create(TdktPrincipal caller, @Valid @RequestBody MovementRequest request) {
        Versioned<Movement> created = movements.create(caller, request.data());
        return ETags.created(URI.create("/api/v1/movements/" + created.value().id()), created, MovementView::of);
    }

    @GetMapping
    public PageResponse<MovementView> list(TdktPrincipal caller, @RequestParam(required = false) MovementStatus status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return movements.list(caller, status, paging.query(page, size)).map(MovementView::of);
    }

    @GetMapping("/{id}")
    public ResponseEntity<MovementView> get(TdktPrincipal caller, @PathVariable String id) {
        return ETags.ok(movements.get(caller, id), MovementView::of);
    }

    @PostMapping("/{id}/launch")
    public ResponseEntity<MovementView> launch(TdktPrincipal caller, @PathVariable String id, IfMatch ifMatch) {
        return ETags.ok(movements.launch(caller, id, ifMatch), MovementView::of);
    }

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
