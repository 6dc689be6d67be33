package vn.tdkt.notification.inbox.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.tdkt.notification.inbox.domain.InboxEntry;
import vn.tdkt.notification.inbox.domain.NotificationDraft;
import vn.tdkt.notification.inbox.persistence.InboxRepository;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Ids;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;

/**
 * The in-app inbox. Who may see what: unit officers their own unit's inbox only (asking for another unit's
 * inbox is a query they may not make: 403); Sở Nội vụ officers and administrators any unit's. Marking an entry
 * read belongs to the entry's unit; another unit's entry answers 404 so its existence is not revealed.
 */
@Service
public class InboxService {

    private final InboxRepository repository;
    private final Clock clock;

    public InboxService(InboxRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Stores one entry per draft; a draft the same event already produced yields the entry stored then. */
    public List<InboxEntry> record(String sourceEventId, List<NotificationDraft> drafts) {
        List<InboxEntry> entries = new ArrayList<>(drafts.size());
        for (NotificationDraft draft : drafts) {
            entries.add(repository.insertIfAbsent(
                    InboxEntry.create(Ids.newId(clock), draft, sourceEventId, clock.instant())).entry());
        }
        return entries;
    }

    public PageResponse<InboxEntry> list(TdktPrincipal caller, String unit, boolean unreadOnly, PageQuery page) {
        requireInboxRole(caller);
        String target = unit == null || unit.isBlank() ? caller.unitCode() : unit.trim();
        boolean anyUnit = caller.hasAnyRole(TdktRole.SNV_OFFICER, TdktRole.ADMIN);
        if (target == null || (!anyUnit && !target.equals(caller.unitCode()))) {
            throw DomainException.forbidden("inbox.other-unit", target);
        }
        List<InboxEntry> items = repository.findByUnit(target, unreadOnly, page.offset(), page.size());
        return PageResponse.of(items, page, repository.countByUnit(target, unreadOnly));
    }

    public InboxEntry markRead(TdktPrincipal caller, String entryId) {
        requireInboxRole(caller);
        InboxEntry entry = repository.findById(entryId)
                .filter(found -> found.belongsTo(caller.unitCode()))
                .orElseThrow(() -> DomainException.notFound("inbox.entry-not-found", entryId));
        if (entry.isRead()) {
            return entry;
        }
        return repository.markRead(entry.id(), clock.instant()).orElse(entry);
    }

    private static void requireInboxRole(TdktPrincipal caller) {
        if (!caller.hasAnyRole(TdktRole.UNIT_OFFICER, TdktRole.SNV_OFFICER, TdktRole.ADMIN)) {
            throw DomainException.forbidden("security.forbidden");
        }
    }
}
