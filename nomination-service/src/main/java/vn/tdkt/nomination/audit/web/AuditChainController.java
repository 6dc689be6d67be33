package vn.tdkt.nomination.audit.web;

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

/** The tamper-evident record (hash chain) of votes, decisions and revocations, for inspectors (thanh tra). */
@RestController
@RequestMapping("/api/v1/audit-chain")
@PreAuthorize("hasAnyRole('SNV_OFFICER', 'ADMIN', 'LEADER')")
public class AuditChainController {

    private static final int MAX_PAGE = 500;

    private final AuditLog log;

    public AuditChainController(AuditLog log) {
        this.log = log;
    }

    public record EntryView(long sequence, String kind, String subject, String reference, String payload, Instant at,
                            String previousHash, String hash) {
        static EntryView of(AuditEntry entry) {
            return new EntryView(entry.sequence(), entry.kind(), entry.subject(), entry.reference(), entry.payload(),
                    entry.at(), entry.previousHash(), entry.hash());
        }
    }

    public record ChainPage(long total, List<EntryView> entries) {
    }

    /** Lists the chain's entries from a sequence number, in order. */
    @GetMapping
    public ChainPage entries(@RequestParam(defaultValue = "1") long from, @RequestParam(defaultValue = "100") int size) {
        if (from < 1 || size < 1 || size > MAX_PAGE) {
            throw DomainException.invalid("page.invalid", from, size, MAX_PAGE);
        }
        return new ChainPage(log.size(), log.page(from, size).stream().map(EntryView::of).toList());
    }

    /** Recomputes every hash from the first entry and reports the first broken link, if any. */
    @GetMapping("/verification")
    public ChainVerification verify() {
        return log.verify();
    }
}
