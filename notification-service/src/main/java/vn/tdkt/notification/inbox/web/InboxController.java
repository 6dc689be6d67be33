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
import vn.tdkt.notification.notice.domain.Audience;
import vn.tdkt.notification.notice.domain.NoticeKind;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.web.paging.PagingProperties;

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

    record InboxEntryView(String id, String unitCode, NoticeKind kind, String kindLabel, Audience audience,
            String title, String body, String referenceType, String referenceId, String sourceEventId,
            Instant createdAt, Instant updatedAt, Instant readAt, boolean read, int mergedCount) {

        static InboxEntryView of(InboxEntry entry) {
            return new InboxEntryView(entry.id(), entry.unitCode(), entry.kind(), entry.kind().label(),
                    entry.audience(), entry.title(), entry.body(),
                    entry.reference() == null ? null : entry.reference().type().name(),
                    entry.reference() == null ? null : entry.reference().id(), entry.sourceEventId(),
                    entry.createdAt(), entry.updatedAt(), entry.readAt(), entry.isRead(), entry.mergedCount());
        }
    }
}
