package vn.tdkt.notification.inbox.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.tdkt.notification.inbox.domain.InboxEntry;
import vn.tdkt.notification.inbox.persistence.InboxStore;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import lombok.RequiredArgsConstructor;

/**
 * The in-app inbox. A unit's officers read and mark their unit's entries; Sở Nội vụ officers and administrators may
 * read any unit's inbox. Another unit's inbox or entry answers 404, so its existence is not revealed.
 */
@Service
@RequiredArgsConstructor
public class InboxService {

    private final InboxStore store;
    private final Clock clock;

    /** @return false if the entry was written before (the same delivery again) */
    public boolean deliver(InboxEntry entry) {
        return store.insertIfAbsent(entry);
    }

    /** An equivalent reminder: the entry shows the newest text and is unread again. */
    public void absorb(String entryId, String mergedDeliveryId, String title, String body, Instant now) {
        store.absorb(entryId, mergedDeliveryId, title, body, now);
    }

    public PageResponse<InboxEntry> list(TdktPrincipal caller, String unit, boolean unreadOnly, PageQuery page) {
        requireInboxRole(caller);
        String target = unit == null || unit.isBlank() ? caller.unitCode() : unit.trim();
        boolean anyUnit = caller.hasAnyRole(TdktRole.SNV_OFFICER, TdktRole.ADMIN);
        if (target == null || (!anyUnit && !target.equals(caller.unitCode()))) {
            throw DomainException.notFound("inbox.not-found", target);
        }
        List<InboxEntry> items = store.findByUnit(target, unreadOnly, page.offset(), page.size());
        return PageResponse.of(items, page, store.countByUnit(target, unreadOnly));
    }

    public InboxEntry markRead(TdktPrincipal caller, String entryId) {
        requireInboxRole(caller);
        InboxEntry entry = store.find(entryId)
                .filter(found -> found.belongsTo(caller.unitCode()))
                .orElseThrow(() -> DomainException.notFound("inbox.entry-not-found", entryId));
        if (entry.isRead()) {
            return entry;
        }
        return store.markRead(entry.id(), clock.instant()).orElse(entry);
    }

    private static void requireInboxRole(TdktPrincipal caller) {
        caller.requireAnyRole(TdktRole.UNIT_OFFICER, TdktRole.SNV_OFFICER, TdktRole.ADMIN);
    }
}
