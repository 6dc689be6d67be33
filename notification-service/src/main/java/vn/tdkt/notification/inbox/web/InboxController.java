package vn.tdkt.notification.inbox.web;

import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.notification.inbox.application.InboxService;
import vn.tdkt.notification.inbox.domain.InboxEntry;
import vn.tdkt.notification.inbox.domain.NotificationKind;
import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.web.paging.PagingProperties;
import vn.tdkt.platform.security.TdktPrincipal;

@RestController
@RequestMapping("/api/v1/inbox")
class InboxController {

    private final InboxService inbox;
    private final PagingProperties paging;

    InboxController(InboxService inbox, PagingProperties paging) {
        this.inbox = inbox;
        this.paging = paging;
    }

    @GetMapping
    PageResponse<InboxEntryView> list(TdktPrincipal caller,
            @RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "false") boolean unreadOnly,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return inbox.list(caller, unit, unreadOnly, paging.query(page, size)).map(InboxEntryView::of);
    }

    @PostMapping("/{id}/read")
    InboxEntryView markRead(TdktPrincipal caller, @PathVariable String id) {
        return InboxEntryView.of(inbox.markRead(caller, id));
    }

    record InboxEntryView(String id, String unitCode, NotificationKind kind, String kindLabel, boolean coordinating,
            String title, String body, String taskId, String dossierId, String sourceEventId, Instant createdAt,
            Instant readAt, boolean read) {

        static InboxEntryView of(InboxEntry entry) {
            return new InboxEntryView(entry.id(), entry.unitCode(), entry.kind(), entry.kind().label(),
                    entry.coordinating(), entry.title(), entry.body(), entry.taskId(), entry.dossierId(),
                    entry.sourceEventId(), entry.createdAt(), entry.readAt(), entry.isRead());
        }
    }
}
