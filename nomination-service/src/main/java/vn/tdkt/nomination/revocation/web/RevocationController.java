package vn.tdkt.nomination.revocation.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.nomination.revocation.application.RevocationService;
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import lombok.RequiredArgsConstructor;

@RestController
@RequestMapping(RevocationController.BASE)
@Tag(name = "Hủy bỏ khen thưởng", description = "Revocation for the triggers of Luật Điều 93 k2 (a)–(d), by the "
        + "original decider's level (R-REV-01; the State President for honorary titles, R-REV-02), with the later "
        + "awards that relied on it (cascade) and the money and items to recover")
@RequiredArgsConstructor
public class RevocationController {

    static final String BASE = "/api/v1/revocations";

    private final RevocationService revocations;

    /**
     * What revoking an award would do: who must sign, the later awards whose prerequisites relied on it (with the
     * criteria they would fail) and the money to recover; changes nothing.
     * <p>SNV_OFFICER only (403 otherwise). The ground must be one of Luật Điều 93 k2 (a)–(d) (400
     * {@code revocation.trigger-required}) with a reason (400 {@code revocation.reason-required}); the award must be in
     * the register (404 {@code register.award-not-found}) and not revoked already (409
     * {@code revocation.award-not-active}). The revoking decision may not be dated in the future (400
     * {@code decision.date-in-future}) or before the award's decision (400 {@code revocation.before-decision}), and
     * must be signed by the level that decided the award, its successor where that level is gone, or the State
     * President for a state honorary title (R-REV-01/02; otherwise 409 {@code revocation.authority-mismatch}, naming
     * who must sign).
     * <p>The answer names who must sign, with the rule and its citation; the later awards whose prerequisites relied on
     * this one, as the rules engine finds them, each with the criteria it would fail and the authority that must revoke
     * it; the other authorities whose decisions are needed; and the money paid that is to be recovered. Use it before
     * {@code POST /api/v1/revocations}.
     *
     * @return what the revocation would do
     */
    @PostMapping("/preview")
    @PreAuthorize(Roles.SNV_OFFICER)
    public RevocationViews.PreviewView preview(TdktPrincipal caller,
            @Valid @RequestBody RevocationRequests.Preview request) {
        return RevocationViews.PreviewView.of(revocations.preview(caller, request.toRequest()));
    }

    /**
     * Revoke an award and, confirmed with the cascade the preview listed, the awards that relied on it; each award
     * publishes award-revoked; the revocation is appended to the audit chain.
     * <p>SNV_OFFICER only (403 otherwise). The same checks as the preview, with the same problems (400
     * {@code revocation.trigger-required}, {@code revocation.reason-required}, {@code decision.date-in-future},
     * {@code revocation.before-decision}; 404 {@code register.award-not-found}; 409
     * {@code revocation.award-not-active}, {@code revocation.authority-mismatch}).
     * <p>{@code confirmedCascade} must list exactly the awards the preview lists now (409
     * {@code revocation.cascade-changed}, with the current list), and {@code cascadeDecisions} give a revoking decision
     * of every other level that decided one of them (409 {@code revocation.cascade-decision-missing}). An award another
     * revocation is taking answers 409 {@code revocation.award-being-revoked}. Each award is revoked in the register by
     * its own decision, naming the award that caused it, and publishes {@code award-revoked}; the money paid and the
     * items (by default the award's original and its objects) are recorded to be recovered; the revocation is appended
     * to the audit chain.
     *
     * @return 201 with the revocation, its {@code Location} and {@code ETag}
     */
    @PostMapping
    @PreAuthorize(Roles.SNV_OFFICER)
    public ResponseEntity<RevocationViews.RevocationView> revoke(TdktPrincipal caller,
            @Valid @RequestBody RevocationRequests.Revoke request) {
        var revoked = revocations.revoke(caller, request.toRequest(), request.confirmedCascade(),
                request.cascadeDecisions() == null ? List.of()
                        : request.cascadeDecisions().stream().map(RevocationRequests.Act::toAct).toList());
        return ETags.created(URI.create(BASE + "/" + revoked.value().id()), revoked, RevocationViews.RevocationView::of);
    }

    /**
     * Revocations, newest first (unit officers: those touching their unit's awards).
     * <p>SNV_OFFICER, COUNCIL_MEMBER, LEADER and ADMIN see every revocation; a UNIT_OFFICER those revoking an award of
     * their unit's people or collectives. Another role answers 403 {@code security.forbidden}.
     *
     * @param page the page ({@code page} from 0; {@code size} default 20, at most 100)
     * @return one page of revocations with the total count
     */
    @GetMapping
    @PreAuthorize(Roles.ANY)
    public PageResponse<RevocationViews.RevocationView> list(TdktPrincipal caller, PageQuery page) {
        return revocations.list(caller, page).map(v -> RevocationViews.RevocationView.of(v.value()));
    }

    /**
     * One revocation with its cascade and what is to be recovered.
     * <p>Readable by SNV_OFFICER, COUNCIL_MEMBER, LEADER and ADMIN, and by a UNIT_OFFICER when one of its awards is of
     * their unit; any other revocation answers 404 {@code revocation.not-found}, exactly as a missing one. Each entry
     * has the award, the revoking decision, the award that caused it (for the cascade), the criteria it failed, and the
     * money and items to recover.
     *
     * @param id the revocation id
     * @return the revocation with its {@code ETag}
     */
    @GetMapping("/{id}")
    @PreAuthorize(Roles.ANY)
    public ResponseEntity<RevocationViews.RevocationView> get(TdktPrincipal caller,
            @PathVariable String id) {
        return ETags.ok(revocations.get(caller, id), RevocationViews.RevocationView::of);
    }
}
