package vn.tdkt.nomination.register.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Why and by which decision an award is revoked, and what is to be recovered (R-REV-01).
 *
 * @param revocationId    the revocation case in this system
 * @param decisionNumber  the revoking decision, e.g. {@code 310/QĐ-UBND}
 * @param causedBy        for a cascade, the revoked award whose loss took this one's prerequisite away
 * @param amountToRecover reward money to recover, in đồng
 * @param itemsToRecover  physical items to recover (hiện vật: the certificate, the badge, the frame, …)
 */
public record Revoking(String revocationId, String decisionNumber, LocalDate decisionDate,
        DecidingAuthority authority, String signer, RevocationTrigger trigger, String reason, String causedBy,
        long amountToRecover, List<String> itemsToRecover) {

    public Revoking {
        Objects.requireNonNull(revocationId, "revocationId");
        Objects.requireNonNull(decisionNumber, "decisionNumber");
        Objects.requireNonNull(decisionDate, "decisionDate");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(reason, "reason");
        itemsToRecover = itemsToRecover == null ? List.of() : List.copyOf(itemsToRecover);
    }
}
