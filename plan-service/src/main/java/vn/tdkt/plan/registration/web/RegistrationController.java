package vn.tdkt.plan.registration.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.plan.registration.application.RegistrationService;
import vn.tdkt.plan.registration.domain.Registration;
import vn.tdkt.plan.registration.domain.RegistrationItem;
import vn.tdkt.plan.registration.domain.RegistrationStatus;
import vn.tdkt.plan.registration.domain.ReturnNote;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.IfMatch;
import lombok.RequiredArgsConstructor;

/** Emulation registrations (đăng ký thi đua): a unit submits for a launched movement; Sở Nội vụ approves or returns. */
@Tag(name = "Đăng ký thi đua (registrations)", description = "Đăng ký thi đua của đơn vị cho một phong trào đã phát "
        + "động: số lượng theo từng hình thức khen thưởng; cấp trên duyệt hoặc trả lại. — A unit's emulation "
        + "registration for a launched movement (how many of each award form it aims at); the level above approves "
        + "it or returns it.")
@RestController
@PreAuthorize(Roles.ANY)
@RequiredArgsConstructor
public class RegistrationController {

    private final RegistrationService registrations;

    /**
     * How many nominations of an award form the unit aims at.
     *
     * @param awardCode an award form the movement offers
     * @param count     how many, within the unit's quota
     */
    public record ItemRequest(@Schema(example = "BK_TINH") String awardCode, @Schema(example = "2") int count) {
    }

    /** @param items one entry per award form */
    public record RegistrationRequest(@NotEmpty List<ItemRequest> items) {
        List<RegistrationItem> toItems() {
            return items.stream().map(item -> item == null ? null : new RegistrationItem(
                    item.awardCode() == null ? null : item.awardCode().strip().toUpperCase(Locale.ROOT), item.count()))
                    .toList();
        }
    }

    /** @param reason what the unit should change (required) */
    public record ReturnRequest(@Schema(example = "Số lượng Bằng khen vượt chỉ tiêu được giao") String reason) {
    }

    public record RegistrationView(String id, String movementId, String unitCode, List<RegistrationItem> items,
                                   RegistrationStatus status, String statusLabel, int submission, Instant submittedAt,
                                   String submittedBy, Instant approvedAt, String approvedBy, List<ReturnNote> returns) {
        static RegistrationView of(Registration r) {
            return new RegistrationView(r.id(), r.movementId(), r.unitCode(), r.items(), r.status(), r.status().label(),
                    r.submission(), r.submittedAt(), r.submittedBy(), r.approvedAt(), r.approvedBy(), r.returns());
        }
    }

    /**
     * Registers the caller's unit for a movement, or resubmits its returned registration.
     * <p>A unit officer of a participating unit, for their own unit. The movement must be launched (409
     * {@code movement.not-launched}) and visible to the unit (404 otherwise). Each item names an award form the
     * movement offers and a count within the unit's quota (400 {@code registration.award-not-offered},
     * {@code registration.quota-exceeded}). A unit has one registration per movement: a second submission while it is
     * pending or approved answers 409 {@code registration.exists}; after a return it is the resubmission. Publishes
     * {@code registration-submitted}.
     *
     * @param movementId the movement
     * @return 201 with the new registration, or 200 with the resubmitted one
     */
    @PreAuthorize(Roles.UNIT_OFFICER)
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

    /**
     * Lists a movement's registrations.
     * <p>SNV_OFFICER, LEADER and ADMIN see all of them; a unit officer their own unit's and its sub-units'.
     *
     * @param movementId the movement
     * @param page       the page ({@code page} from 0; {@code size} default 20, at most 100)
     * @return one page of registrations with the total count
     */
    @GetMapping("/api/v1/movements/{movementId}/registrations")
    public PageResponse<RegistrationView> list(TdktPrincipal caller, @PathVariable String movementId,
            PageQuery page) {
        return registrations.list(caller, movementId, page).map(RegistrationView::of);
    }

    /**
     * Reads one registration.
     * <p>Readable by the registering unit, the officer of its parent unit (below the province), SNV_OFFICER, LEADER and
     * ADMIN; anyone else gets 404.
     *
     * @param id the registration id
     * @return the registration with its items, state and returns
     */
    @GetMapping("/api/v1/registrations/{id}")
    public ResponseEntity<RegistrationView> get(TdktPrincipal caller, @PathVariable String id) {
        return ETags.ok(registrations.get(caller, id), RegistrationView::of);
    }

    /**
     * Approves a submitted registration.
     * <p>The level above decides: the parent unit's officer for a sub-unit, SNV_OFFICER for units directly under the
     * province (SNV_OFFICER may decide any); anyone else 403 if they may read the registration (their own unit's),
     * 404 if not. Only a submitted registration can be approved (409 {@code registration.cannot-approve}). Publishes
     * {@code registration-approved}.
     *
     * @param id the registration id
     * @return the approved registration with its new {@code ETag}
     */
    @PreAuthorize(Roles.UNIT_OR_SNV)
    @PostMapping("/api/v1/registrations/{id}/approve")
    public ResponseEntity<RegistrationView> approve(TdktPrincipal caller, @PathVariable String id, IfMatch ifMatch) {
        return ETags.ok(registrations.approve(caller, id, ifMatch), RegistrationView::of);
    }

    /**
     * Returns a submitted registration to its unit for revision.
     * <p>Who may approve it may return it, with a reason (400 {@code registration.reason-missing}). Only a submitted
     * registration can be returned (409 {@code registration.cannot-return}). Publishes {@code registration-returned}:
     * the unit is told and may resubmit.
     *
     * @param id the registration id
     * @return the returned registration with its new {@code ETag}
     */
    @PreAuthorize(Roles.UNIT_OR_SNV)
    @PostMapping("/api/v1/registrations/{id}/return")
    public ResponseEntity<RegistrationView> returnForRevision(TdktPrincipal caller, @PathVariable String id,
            IfMatch ifMatch, @RequestBody ReturnRequest request) {
        return ETags.ok(registrations.returnForRevision(caller, id, ifMatch, request.reason()), RegistrationView::of);
    }
}
