package vn.tdkt.notification.directory.application;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.tdkt.contracts.plan.UnitEvent;
import vn.tdkt.contracts.plan.UnitProfile;
import vn.tdkt.notification.directory.domain.UnitContact;
import vn.tdkt.notification.directory.persistence.DirectoryStore;
import vn.tdkt.notification.notice.domain.RecipientRef;
import vn.tdkt.notification.notice.domain.UnitInfo;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import lombok.RequiredArgsConstructor;

/**
 * The recipients directory: it follows plan-service's unit registry ({@code unit-registered}, {@code unit-changed})
 * and answers where a recipient's e-mail goes. Nothing here is typed in by hand: plan-service is the one writer of
 * units, so a changed address is changed there.
 */
@Service
@RequiredArgsConstructor
public class Directory {

    private final DirectoryStore store;
    private final Clock clock;

    /**
     * {@code unit-registered} and {@code unit-changed} both carry the unit's whole entry, so one way applies them.
     *
     * @return the contact if this event was newer than what the directory held, empty for a stale or repeated one
     */
    public Optional<UnitContact> apply(UnitEvent event, long sequence) {
        UnitProfile unit = event.unit();
        UnitContact contact = new UnitContact(unit.unitCode(), unit.name(), unit.kind(), unit.parentCode(),
                unit.headName(), unit.headTitle(), unit.headEmail(), unit.email(), unit.webhookUrl(),
                unit.activeTo(), unit.successorCode());
        return store.applyIfNewer(contact, sequence, clock.instant()) ? Optional.of(contact) : Optional.empty();
    }

    public void rememberMovement(String movementId, String name) {
        store.rememberMovement(movementId, name);
    }

    public Optional<String> movementName(String movementId) {
        return store.movementName(movementId);
    }

    public Optional<UnitContact> find(String unitCode) {
        return unitCode == null ? Optional.empty() : store.find(unitCode);
    }

    public Optional<UnitInfo> unitInfo(String unitCode) {
        return find(unitCode).map(UnitContact::info);
    }

    /**
     * The e-mail address of a recipient: the unit desk's address; the head's, or the desk's when the registry
     * knows no head address (the desk forwards it); a person's own.
     */
    public Optional<String> emailOf(RecipientRef recipient) {
        return switch (recipient.audience()) {
            case PERSON -> Optional.of(recipient.email());
            case UNIT -> find(recipient.unitCode()).map(UnitContact::email);
            case HEAD -> find(recipient.unitCode()).flatMap(contact ->
                    Optional.ofNullable(contact.headEmail() != null ? contact.headEmail() : contact.email()));
        };
    }

    /** A unit's own officers, Sở Nội vụ and administrators read its entry; another unit's entry answers 404. */
    public UnitContact get(TdktPrincipal caller, String unitCode) {
        requireDirectoryRole(caller);
        if (!canManage(caller, unitCode)) {
            throw DomainException.notFound("recipient.not-found", unitCode);
        }
        return find(unitCode).orElseThrow(() -> DomainException.notFound("recipient.not-found", unitCode));
    }

    public PageResponse<UnitContact> list(TdktPrincipal caller, PageQuery page) {
        caller.requireAnyRole(TdktRole.SNV_OFFICER, TdktRole.ADMIN);
        return PageResponse.of(store.list(page.offset(), page.size()), page, store.count());
    }

    private static void requireDirectoryRole(TdktPrincipal caller) {
        caller.requireAnyRole(TdktRole.UNIT_OFFICER, TdktRole.SNV_OFFICER, TdktRole.ADMIN);
    }

    private static boolean canManage(TdktPrincipal caller, String unitCode) {
        return caller.hasAnyRole(TdktRole.SNV_OFFICER, TdktRole.ADMIN) || unitCode.equals(caller.unitCode());
    }
}
