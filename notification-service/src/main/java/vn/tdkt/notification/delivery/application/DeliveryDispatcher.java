package vn.tdkt.notification.delivery.application;

import jakarta.annotation.PostConstruct;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import vn.tdkt.contracts.notification.NotificationEvent;
import vn.tdkt.notification.delivery.domain.Delivery;
import vn.tdkt.notification.delivery.persistence.DeliveryStore;
import vn.tdkt.notification.directory.application.NoticeContexts;
import vn.tdkt.notification.notice.domain.EscalationNotices;
import vn.tdkt.notification.webhook.application.WebhookService;
import vn.tdkt.notification.webhook.domain.WebhookSubscription;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.domain.Versioned;
import lombok.RequiredArgsConstructor;

/**
 * Sends what the consumer recorded. Every instance runs it; they share the work by claiming: a delivery is taken by
 * a version-guarded save that moves its {@code notBefore} to the end of a lease, so exactly one instance sends it
 * (the loser of the race skips it), and one whose sender died becomes due again when the lease runs out. The result
 * is saved with its {@code notification-sent} / {@code notification-failed} event (outbox).
 *
 * <p>Failed rounds are retried with growing waits; non-urgent ones that would fall in quiet hours wait for their
 * end. An open circuit breaker makes no call: the delivery waits {@code breaker-pause} without counting a round. A
 * webhook subscription failing {@code disable-after} rounds in a row is disabled and its owner unit is told.
 */
@Service
@RequiredArgsConstructor
public class DeliveryDispatcher {

    static final String WEBHOOK_DISABLED_TYPE = "tdkt.notification.webhook-disabled";
    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

    private final DeliveryStore store;
    private final EmailGateway email;
    private final WebhookGateway webhookGateway;
    private final WebhookService webhooks;
    private final NoticeIntake intake;
    private final NoticeContexts contexts;
    private final DeliveryPolicy policy;
    private final Clock clock;
    private final DispatchTrigger trigger;
    private final String worker = "dispatcher-" + UUID.randomUUID();

    /** Registered once the bean is complete, so the trigger's thread never sees a half-built dispatcher. */
    @PostConstruct
    void takeTriggeredRounds() {
        trigger.onRound(this::dispatchDue);
    }

    @Scheduled(fixedDelayString = "${tdkt.notification.dispatch.interval:PT2S}")
    void poll() {
        trigger.kick();
    }

    /** Sends every delivery that is due now, batch after batch. @return how many this instance handled */
    public int dispatchDue() {
        int handled = 0;
        int batch = policy.properties().dispatch().batchSize();
        List<Versioned<Delivery>> due;
        do {
            due = store.due(clock.instant(), batch);
            int claimedNow = 0;
            for (Versioned<Delivery> candidate : due) {
                Optional<Versioned<Delivery>> claimed = claim(candidate);
                if (claimed.isPresent()) {
                    claimedNow++;
                    deliver(claimed.get().value());
                }
            }
            handled += claimedNow;
            if (claimedNow == 0) {
                break;
            }
        } while (due.size() >= batch);
        return handled;
    }

    private Optional<Versioned<Delivery>> claim(Versioned<Delivery> candidate) {
        Instant now = clock.instant();
        try {
            return Optional.of(store.update(candidate.value().id(), expect(candidate.version()),
                    delivery -> delivery.claim(worker, now, policy.properties().dispatch().lease())));
        } catch (DomainException | OptimisticLockingFailureException takenByAnother) {
            return Optional.empty();
        }
    }

    private void deliver(Delivery delivery) {
        Instant now = clock.instant();
        if (!delivery.urgent() && policy.isQuiet(delivery.channel()) && policy.quietHours().contains(now)) {
            settle(delivery, d -> d.defer(policy.quietHours().deferUntil(now), "quiet hours", now));
            return;
        }
        switch (delivery.channel()) {
            case EMAIL -> settleEmail(delivery, email.send(delivery));
            case WEBHOOK -> deliverWebhook(delivery);
            case INBOX -> settle(delivery, d -> d.sent(0, now));
        }
    }

    private void settleEmail(Delivery delivery, SendOutcome outcome) {
        Instant now = clock.instant();
        switch (outcome.result()) {
            case SENT -> settle(delivery, d -> d.sent(outcome.calls(), now));
            case NOT_PERMITTED -> settle(delivery, d -> d.defer(now.plus(breakerPause()), "SMTP circuit breaker open",
                    now));
            case FAILED, GONE -> settle(delivery, d -> d.failed(outcome.calls(), outcome.error(), now,
                    retryAt(delivery, now)));
            // refused for good: given up now, not after twelve rounds
            case REFUSED -> settle(delivery, d -> d.failed(outcome.calls(), outcome.error(), now, null));
        }
    }

    private void deliverWebhook(Delivery delivery) {
        Instant now = clock.instant();
        Optional<WebhookSubscription> subscription = webhooks.find(delivery.subscriptionId());
        if (subscription.isEmpty() || !subscription.get().isActive()) {
            settle(delivery, d -> d.abandon(subscription.isEmpty() ? "webhook subscription deleted"
                    : "webhook subscription disabled", now));
            return;
        }
        SendOutcome outcome = webhookGateway.send(delivery, subscription.get());
        Instant after = clock.instant();
        switch (outcome.result()) {
            case SENT -> {
                settle(delivery, d -> d.sent(outcome.calls(), after));
                webhooks.recordSuccess(delivery.subscriptionId());
            }
            case NOT_PERMITTED -> settle(delivery, d -> d.defer(after.plus(breakerPause()),
                    "webhook circuit breaker open", after));
            case GONE -> {
                settle(delivery, d -> d.abandon(outcome.error(), after));
                webhooks.disableGone(delivery.subscriptionId()).ifPresent(this::tellOwner);
            }
            case FAILED, REFUSED -> {
                settle(delivery, d -> d.failed(outcome.calls(), outcome.error(), after, retryAt(delivery, after)));
                webhooks.recordFailure(delivery.subscriptionId(), outcome.error()).ifPresent(this::tellOwner);
            }
        }
    }

    /** The owner unit of a subscription that was just disabled hears of it (inbox and e-mail, urgent). */
    private void tellOwner(WebhookSubscription disabled) {
        log.warn("Webhook subscription {} of {} disabled: {}", disabled.id(), disabled.ownerUnit(),
                disabled.disabledReason());
        intake.recordNotices("webhook-disabled:" + disabled.id() + ":" + disabled.timesDisabled(),
                WEBHOOK_DISABLED_TYPE, List.of(EscalationNotices.webhookDisabled(disabled.id(), disabled.ownerUnit(),
                        disabled.url(), disabled.consecutiveFailures(), disabled.disabledReason(),
                        contexts.current())));
        trigger.kick();
    }

    /** The next round after this failed one, or null to give up; never inside quiet hours for non-urgent ones. */
    private Instant retryAt(Delivery delivery, Instant now) {
        Instant next = policy.retry().next(delivery.rounds() + 1, now);
        if (next == null || delivery.urgent() || !policy.isQuiet(delivery.channel())) {
            return next;
        }
        return policy.quietHours().deferUntil(next);
    }

    private java.time.Duration breakerPause() {
        return policy.properties().dispatch().breakerPause();
    }

    private void settle(Delivery delivery, Function<Delivery, List<NotificationEvent>> command) {
        try {
            store.update(delivery.id(), VersionPrecondition.none(), command::apply);
        } catch (OptimisticLockingFailureException raced) {
            // replayed or merged meanwhile: apply the result to what is stored now
            store.update(delivery.id(), VersionPrecondition.none(), command::apply);
        }
    }

    private static VersionPrecondition expect(long version) {
        return current -> {
            if (current != version) {
                throw DomainException.conflict("delivery.not-claimable", version, current);
            }
        };
    }
}
