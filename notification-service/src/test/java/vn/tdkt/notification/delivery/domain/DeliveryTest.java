package vn.tdkt.notification.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.platformtest.domain.AggregateFixture.given;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.contracts.notification.NotificationFailed;
import vn.tdkt.contracts.notification.NotificationRef;
import vn.tdkt.contracts.notification.NotificationSent;
import vn.tdkt.notification.notice.domain.Channel;
import vn.tdkt.notification.notice.domain.Language;
import vn.tdkt.notification.notice.domain.NoticeKind;
import vn.tdkt.notification.notice.domain.Reference;

class DeliveryTest {

    static final Instant NOW = Instant.parse("2025-06-23T02:00:00Z");
    static final Duration LEASE = Duration.ofMinutes(2);

    @Test
    void aClaimedDeliveryIsSentOnceAndSaysSo() {
        given(email()).andGiven(d -> d.claim("w1", NOW, LEASE))
                .when(d -> d.sent(2, NOW.plusSeconds(3)))
                .expectEvents(new NotificationSent(new NotificationRef("d1", "e1", "tdkt.plan.task-due.v1", "EMAIL",
                        "a@b.vn", "SGDDT"), NOW.plusSeconds(3), 2))
                .expectState(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.SENT));
        given(email()).andGiven(d -> d.claim("w1", NOW, LEASE)).andGiven(d -> d.sent(1, NOW))
                .when(d -> d.sent(1, NOW.plusSeconds(5)))
                .expectNoEvents();
    }

    @Test
    void aClaimIsALeaseNobodyElseCanTakeUntilItEnds() {
        given(email()).andGiven(d -> d.claim("w1", NOW, LEASE))
                .when(d -> d.claim("w2", NOW.plusSeconds(10), LEASE))
                .expectError("delivery.not-claimable");
        given(email()).andGiven(d -> d.claim("w1", NOW, LEASE))
                .when(d -> d.claim("w2", NOW.plus(LEASE), LEASE))
                .expectNoEvents()
                .expectState(d -> assertThat(d.claimedBy()).isEqualTo("w2"));
    }

    @Test
    void aFailedRoundIsRetriedLaterOrGivenUp() {
        Instant retryAt = NOW.plusSeconds(60);
        given(email()).andGiven(d -> d.claim("w1", NOW, LEASE))
                .when(d -> d.failed(3, "MailSendException: refused", NOW, retryAt))
                .expectEvents(new NotificationFailed(new NotificationRef("d1", "e1", "tdkt.plan.task-due.v1", "EMAIL",
                        "a@b.vn", "SGDDT"), NOW, 3, "MailSendException: refused", true))
                .expectState(d -> {
                    assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING);
                    assertThat(d.notBefore()).isEqualTo(retryAt);
                    assertThat(d.rounds()).isEqualTo(1);
                });
        given(email()).andGiven(d -> d.claim("w1", NOW, LEASE))
                .when(d -> d.failed(1, "timeout", NOW, null))
                .expectEventsSatisfying(events -> assertThat(events).singleElement()
                        .satisfies(e -> assertThat(((NotificationFailed) e).willRetry()).isFalse()))
                .expectState(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.FAILED));
    }

    @Test
    void onlyAWaitingDeliveryTakesANewerTextAndOnlySentOrFailedOnesReplay() {
        given(email()).when(d -> d.absorb("new subject", "new body", "d2", NOW))
                .expectNoEvents()
                .expectState(d -> assertThat(d.subject()).isEqualTo("new subject"));
        given(email()).andGiven(d -> d.claim("w1", NOW, LEASE))
                .when(d -> d.absorb("new", "new", "d2", NOW))
                .expectError("delivery.not-waiting");
        given(email()).when(d -> d.replay("snv", NOW)).expectError("delivery.not-replayable");
        given(email()).andGiven(d -> d.claim("w1", NOW, LEASE)).andGiven(d -> d.sent(1, NOW))
                .when(d -> d.replay("snv", NOW.plusSeconds(60)))
                .expectNoEvents()
                .expectState(d -> {
                    assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING);
                    assertThat(d.isDue(NOW.plusSeconds(60))).isTrue();
                });
        Delivery inbox = Delivery.inboxWritten(draft(Channel.INBOX)).aggregate();
        given(inbox).when(d -> d.replay("snv", NOW)).expectError("delivery.not-replayable");
    }

    @Test
    void anOpenBreakerDefersWithoutCountingARound() {
        given(email()).andGiven(d -> d.claim("w1", NOW, LEASE))
                .when(d -> d.defer(NOW.plusSeconds(30), "circuit breaker open", NOW))
                .expectNoEvents()
                .expectState(d -> {
                    assertThat(d.rounds()).isZero();
                    assertThat(d.attempts()).isZero();
                    assertThat(d.isDue(NOW.plusSeconds(30))).isTrue();
                });
    }

    @Test
    void aRecipientWithoutAddressIsReportedAsFailedForGood() {
        var created = Delivery.skipped(draft(Channel.EMAIL), "no address");
        assertThat(created.events()).singleElement()
                .satisfies(e -> assertThat(((NotificationFailed) e).willRetry()).isFalse());
        assertThat(List.of(created.aggregate().status())).containsExactly(DeliveryStatus.SKIPPED);
    }

    static Delivery email() {
        return Delivery.pending(draft(Channel.EMAIL), NOW).aggregate();
    }

    static DeliveryDraft draft(Channel channel) {
        return new DeliveryDraft("d1", channel, NoticeKind.TASK_DUE, "e1", "tdkt.plan.task-due.v1", "unit:SGDDT",
                "SGDDT", channel == Channel.EMAIL ? "a@b.vn" : "SGDDT", null, Language.VI, false,
                new Reference(Reference.Type.TASK, "t1"), null, "subject", "body", NOW);
    }
}
