package vn.tdkt.notification.delivery.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.tdkt.notification.delivery.domain.Delivery;
import vn.tdkt.notification.delivery.domain.DeliveryStatus;
import vn.tdkt.notification.delivery.persistence.DeliveryStore;
import vn.tdkt.notification.notice.domain.Channel;
import vn.tdkt.notification.webhook.application.WebhookService;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;
import vn.tdkt.platform.security.UnitScope;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import lombok.RequiredArgsConstructor;

/**
 * The delivery log, replays and pending digests. Sở Nội vụ officers and administrators see every unit's; a unit's
 * officers see their unit's (another unit's log or delivery answers 404).
 */
@Service
@RequiredArgsConstructor
public class DeliveryService {

    private static final int DIGEST_VIEW_LIMIT = 500;

    private final DeliveryStore store;
    private final WebhookService webhooks;
    private final DispatchTrigger dispatch;
    private final Clock clock;

    public PageResponse<Delivery> list(TdktPrincipal caller, String unit, DeliveryStatus status, Channel channel,
            String subscriptionId, PageQuery page) {
        String scoped = scope(caller, unit);
        DeliveryStore.Filter filter = new DeliveryStore.Filter(scoped, status, channel, blankToNull(subscriptionId));
        return PageResponse.of(store.page(filter, page.offset(), page.size()), page, store.count(filter));
    }

    public Versioned<Delivery> get(TdktPrincipal caller, String id) {
        requireRole(caller);
        return store.get(id, delivery -> mayRead(caller, delivery));
    }

    /** Sends a sent or failed e-mail or webhook again, as the same message; a webhook's subscription must be active. */
    public Versioned<Delivery> replay(TdktPrincipal caller, String id) {
        Delivery delivery = get(caller, id).value();
        if (delivery.channel() == Channel.WEBHOOK
                && webhooks.find(delivery.subscriptionId()).filter(s -> s.isActive()).isEmpty()) {
            throw DomainException.conflict("delivery.subscription-inactive", id, delivery.subscriptionId());
        }
        Versioned<Delivery> replayed = store.update(id, VersionPrecondition.none(),
                d -> d.replay(caller.subject(), clock.instant()));
        dispatch.kick();
        return replayed;
    }

    /** What the daily digests will hold: held notices per recipient and digest day. */
    public List<PendingDigest> digests(TdktPrincipal caller, String unit) {
        String scoped = scope(caller, unit);
        Map<String, PendingDigest> byRecipient = new LinkedHashMap<>();
        for (Delivery held : store.heldOf(scoped, DIGEST_VIEW_LIMIT)) {
            String key = held.recipientKey() + "|" + held.digestDay();
            byRecipient.computeIfAbsent(key, k -> new PendingDigest(held.recipientKey(), held.unitCode(),
                    held.address(), held.digestDay(), new ArrayList<>())).items().add(held);
        }
        return List.copyOf(byRecipient.values());
    }

    /** One recipient's digest of one day, not sent yet. */
    public record PendingDigest(String recipient, String unitCode, String address, LocalDate day,
            List<Delivery> items) {
    }

    /** The unit a list is limited to ({@code null}: every unit); 404 for a unit officer asking for another. */
    private static String scope(TdktPrincipal caller, String unit) {
        requireRole(caller);
        return UnitScope.of(caller, unit, TdktRole.SNV_OR_ADMIN).unitOrNotFound("delivery.unit-not-found");
    }

    private static boolean mayRead(TdktPrincipal caller, Delivery delivery) {
        return caller.hasAnyRole(TdktRole.SNV_OFFICER, TdktRole.ADMIN)
                || (delivery.unitCode() != null && delivery.unitCode().equals(caller.unitCode()));
    }

    private static void requireRole(TdktPrincipal caller) {
        caller.requireAnyRole(TdktRole.UNIT_OFFICER, TdktRole.SNV_OFFICER, TdktRole.ADMIN);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
