package vn.tdkt.plan.registration.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.plan.registration.application.RegistrationService;
import vn.tdkt.plan.registration.domain.Registration;
import vn.tdkt.plan.registration.domain.RegistrationItem;
import vn.tdkt.plan.registration.domain.RegistrationStatus;
import vn.tdkt.plan.registration.domain.ReturnNote;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.web.paging.PagingProperties;
import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.IfMatch;

/** Emulation registrations (đăng ký thi đua): a unit submits for a launched movement; Sở Nội vụ approves or returns. */
@RestController
public class RegistrationController {

    private final RegistrationService registrations;
    private final PagingProperties paging;

    public RegistrationController(RegistrationService registrations, PagingProperties paging) {
        this.registrations = registrations;
        this.paging = paging;
    }

    public record ItemRequest(String awardCode, int count) {
    }

    public record RegistrationRequest(@NotEmpty List<ItemRequest> items) {
        List<RegistrationItem> toItems() {
            return items.stream().map(item -> item == null ? null : new RegistrationItem(
                    item.awardCode() == null ? null : item.awardCode().strip().toUpperCase(Locale.ROOT), item.count()))
                    .toList();
        }
    }

    public record ReturnRequest(String reason) {
    }

    public record RegistrationView(String id, String movementId, String unitCode, List<RegistrationItem> items,
                                   RegistrationStatus status, String statusLabel, int submission, Instant submittedAt,
                                   String submittedBy, Instant approvedAt, String approvedBy, List<ReturnNote> returns) {
        static RegistrationView of(Registration r) {
            return new RegistrationView(r.id(), r.movementId(), r.unitCode(), r.items(), r.status(), r.status().label(),
                    r.submission(), r.submittedAt(), r.submittedBy(), r.approvedAt(), r.approvedBy(), r.returns());
        }
    }

    /** 201 for a new registration, 200 for a resubmission after a return. */
    @PostMapping("/api/v1/movements/{movementId}/registrations")
    public ResponseEntity<RegistrationView> submit(TdktPrincipal caller, @PathVariable String movementId,
            @Valid @RequestBody RegistrationRequest request) {
        RegistrationService.Submitted submitted = registrations.submit(caller, movementId, request.toItems());
        Versioned<Registration> registration = submitted.registration();
        return submitted.created()
                ? ETags.created(URI.create("/api/v1/registrations/" + registration.value().id()), registration,
                        RegistrationView::of)
                : ETags.ok(registration, RegistrationView::of);
    }

    @GetMapping("/api/v1/movements/{movementId}/registrations")
    public PageResponse<RegistrationView> list(TdktPrincipal caller, @PathVariable String movementId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return registrations.list(caller, movementId, paging.query(page, size)).map(RegistrationView::of);
    }

    @GetMapping("/api/v1/registrations/{id}")
    public ResponseEntity<RegistrationView> get(TdktPrincipal caller, @PathVariable String id) {
        return ETags.ok(registrations.get(caller, id), RegistrationView::of);
    }

    @PostMapping("/api/v1/registrations/{id}/approve")
    public ResponseEntity<RegistrationView> approve(TdktPrincipal caller, @PathVariable String id, IfMatch ifMatch) {
        return ETags.ok(registrations.approve(caller, id, ifMatch), RegistrationView::of);
    }

    @PostMapping("/api/v1/registrations/{id}/return")
    public ResponseEntity<RegistrationView> returnForRevision(TdktPrincipal caller, @PathVariable String id,
            IfMatch ifMatch, @RequestBody ReturnRequest request) {
        return ETags.ok(registrations.returnForRevision(caller, id, ifMatch, request.reason()), RegistrationView::of);
    }
}
