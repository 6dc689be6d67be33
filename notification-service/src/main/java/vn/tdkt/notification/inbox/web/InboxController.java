package vn.tdkt.notification.inbox.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.security.access.prepost.PreAuthorize;
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
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

@Tag(name = "Hộp thư (inbox)", description = "Hộp thư trong ứng dụng của từng đơn vị: mỗi thông báo (nhiệm vụ sắp đến "
        + "hạn, quá hạn, hồ sơ bị trả lại, khen thưởng đã quyết định…) kèm liên kết tới đối tượng; đánh dấu đã đọc. "
        + "— Each unit's in-app inbox: every notice with a link to what it is about; mark as read.")
@RestController
@PreAuthorize(Roles.UNIT_SNV_OR_ADMIN)
@RequestMapping("/api/v1/inbox")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InboxController {

    private final InboxService inbox;

    /**
     * Lists a unit's inbox, newest first.
     * <p>A unit officer reads their own unit's inbox (another {@code unit} answers 404); SNV_OFFICER and ADMIN any
     * unit's. Each entry has its kind (Vietnamese label), title and text in the recipient's language, what it refers to
     * (a task, a dossier, a report duty…), and how many later notices were merged into it.
     *
     * @param unit       the unit; the caller's own when left out
     * @param unreadOnly only the entries not read yet
     * @param page       the page ({@code page} from 0; {@code size} default 20, at most 100)
     * @return one page of entries with the total count
     */
    @GetMapping
    PageResponse<InboxEntryView> list(TdktPrincipal caller,
            @RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "false") boolean unreadOnly,
            PageQuery page) {
        return inbox.list(caller, unit, unreadOnly, page).map(InboxEntryView::of);
    }

    /**
     * Marks an inbox entry as read.
     * <p>The entry's unit (its officers) only: the read mark is the unit's own, so another unit's entry answers 404,
     * for the Sở Nội vụ and administrators too. Reading it again changes nothing. A later notice merged into the entry makes it unread again.
     *
     * @param id the entry id
     * @return the entry, read
     */
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
