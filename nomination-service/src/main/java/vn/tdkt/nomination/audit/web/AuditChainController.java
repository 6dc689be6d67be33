package vn.tdkt.nomination.audit.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.nomination.audit.application.AuditLog;
import vn.tdkt.nomination.audit.domain.AuditEntry;
import vn.tdkt.nomination.audit.domain.ChainVerification;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.security.Roles;
import lombok.RequiredArgsConstructor;

/** The tamper-evident record (hash chain) of votes, decisions and revocations, for inspectors (thanh tra). */
@Tag(name = "Nhật ký chống sửa đổi (audit chain)", description = "Nhật ký chuỗi băm của các lần biểu quyết, quyết "
        + "định và thu hồi khen thưởng, để thanh tra kiểm tra không có bản ghi nào bị sửa hay xóa. — The "
        + "hash-chained record of votes, decisions and revocations, for inspectors (thanh tra) to check that no "
        + "entry was changed or removed.")
@RestController
@RequestMapping("/api/v1/audit-chain")
@PreAuthorize(Roles.SNV_LEADER_OR_ADMIN)
@RequiredArgsConstructor
public class AuditChainController {

    private static final int MAX_PAGE = 500;

    private final AuditLog log;

    public record EntryView(long sequence, String kind, String subject, String reference, String payload, Instant at,
                            String previousHash, String hash) {
        static EntryView of(AuditEntry entry) {
            return new EntryView(entry.sequence(), entry.kind(), entry.subject(), entry.reference(), entry.payload(),
                    entry.at(), entry.previousHash(), entry.hash());
        }
    }

    public record ChainPage(long total, List<EntryView> entries) {
    }

    /**
     * Lists the audit chain's entries from a sequence number, in order.
     * <p>SNV_OFFICER, ADMIN and LEADER. Each entry keeps its kind, subject, reference, payload, time, the previous
     * entry's hash and its own. {@code from} must be at least 1 and {@code size} between 1 and 500 (400
     * {@code page.invalid}).
     *
     * @param from the first sequence number, from 1
     * @param size how many entries, at most 500
     * @return the total number of entries and the page
     */
    @GetMapping
    public ChainPage entries(@RequestParam(defaultValue = "1") long from, @RequestParam(defaultValue = "100") int size) {
        if (from < 1 || size < 1 || size > MAX_PAGE) {
            throw DomainException.invalid("page.invalid", from, size, MAX_PAGE);
        }
        return new ChainPage(log.size(), log.page(from, size).stream().map(EntryView::of).toList());
    }

    /**
     * Verifies the whole audit chain.
     * <p>SNV_OFFICER, ADMIN and LEADER. Recomputes every hash from the first entry and reports the first broken link,
     * if any: an entry changed, removed or inserted after the fact breaks the chain from there.
     *
     * @return whether the chain is intact, how many entries were checked, and the first broken one with the reason
     */
    @GetMapping("/verification")
    public ChainVerification verify() {
        return log.verify();
    }
}
