package vn.tdkt.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.notification.delivery.application.Breakers;
import vn.tdkt.notification.delivery.domain.Delivery;
import vn.tdkt.notification.delivery.domain.DeliveryStatus;
import vn.tdkt.notification.notice.domain.Channel;
import vn.tdkt.notification.support.NotificationServiceTest;
import vn.tdkt.notification.support.Units;
import vn.tdkt.notification.support.WebhookReceiver;
import vn.tdkt.platformtest.security.TestTokens;

/**
 * Webhooks to a real HTTP receiver that checks every signature with its own implementation of Standard Webhooks:
 * signed deliveries that verify, the event as a structured CloudEvent, scoping by unit, a 90-second outage survived
 * behind a circuit breaker that lets no call through while open, and a subscription disabled (its owner told) after
 * the configured number of failed rounds. Time is the test's clock; the breaker waits on it too.
 */
class WebhookDeliveryTest extends NotificationServiceTest {

    @Autowired Breakers breakers;
    @Autowired vn.tdkt.notification.directory.application.Directory directory;

    record Subscribed(String id, String path, String secret) {
    }

    @Test
    void signedDeliveriesVerifyAndCarryTheEventAsAStructuredCloudEvent() throws Exception {
        clock.set(LocalDateTime.of(2025, 6, 23, 9, 0));
        String unit = registeredUnit("WH");
        String other = registeredUnit("WO");
        Subscribed own = subscribe(TestTokens.unitOfficer(unit), null, "/hooks/" + unit, "task-due");
        Subscribed province = subscribe(TestTokens.snvOfficer(), "\"audience\":\"PROVINCE\",\"unitCode\":\"SNV\",",
                "/hooks/lgsp-" + unit, "task-due");

        // when: a reminder for the unit, and one for another unit
        String mine = deliverTo(unit, EventTypes.TASK_DUE, "task-w1");
        String theirs = deliverTo(other, EventTypes.TASK_DUE, "task-w2");
        dispatcher.dispatchDue();

        // then: the unit's system got its own event only, signed, verified by the receiver
        List<WebhookReceiver.Received> got = RECEIVER.received(own.path());
        assertThat(got).singleElement().satisfies(request -> {
            assertThat(request.verified()).as("signature verifies").isTrue();
            assertThat(request.status()).isEqualTo(204);
            assertThat(request.contentType()).startsWith("application/cloudevents+json");
            assertThat(request.timestamp()).isEqualTo(Long.toString(clock.instant().getEpochSecond()));
            assertThat((String) JsonPath.read(request.body(), "$.specversion")).isEqualTo("1.0");
            assertThat((String) JsonPath.read(request.body(), "$.id")).isEqualTo(mine);
            assertThat((String) JsonPath.read(request.body(), "$.type")).isEqualTo("tdkt.plan.task-due.v1");
            assertThat((String) JsonPath.read(request.body(), "$.subject")).isEqualTo("task-w1");
            assertThat((String) JsonPath.read(request.body(), "$.datacontenttype")).isEqualTo("application/json");
            assertThat((String) JsonPath.read(request.body(), "$.data.leadUnit")).isEqualTo(unit);
            assertThat((String) JsonPath.read(request.body(), "$.data.dueDate")).isEqualTo("2025-06-30");
        });
        Delivery delivery = deliveries.get(got.get(0).webhookId()).value();
        assertThat(delivery.channel()).isEqualTo(Channel.WEBHOOK);
        assertThat(delivery.sourceEventId()).isEqualTo(mine);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
        // the province-wide subscriber (LGSP) got both
        assertThat(RECEIVER.accepted(province.path())).extracting(r -> (String) JsonPath.read(r.body(), "$.id"))
                .containsExactlyInAnyOrder(mine, theirs);
        // a tampered body or a wrong secret would not verify: the receiver is strict
        RECEIVER.expectSecret(own.path(), "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]));
        deliverTo(unit, EventTypes.TASK_DUE, "task-w3");
        dispatcher.dispatchDue();
        // (refused with 401: a failed attempt, retried once within the round)
        assertThat(RECEIVER.received(own.path())).hasSize(3).last()
                .satisfies(request -> assertThat(request.verified()).isFalse());
        // the secret is shown once: never in a read
        mvc.perform(get("/api/v1/webhooks/{id}", own.id()).with(TestTokens.unitOfficer(unit)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.secret").doesNotExist())
                .andExpect(jsonPath("$.status").value("ACTIVE"));
    }

    @Test
    void aSubscriberSurvivesANinetySecondOutageBehindABreakerThatLetsNoCallThroughWhileOpen() throws Exception {
        Instant t0 = LocalDateTime.of(2025, 6, 23, 10, 0).atZone(clock.getZone()).toInstant();
        clock.set(LocalDateTime.of(2025, 6, 23, 10, 0));
        String unit = registeredUnit("OUT");
        Subscribed subscription = subscribe(TestTokens.unitOfficer(unit), null, "/hooks/" + unit, "task-due",
                "report-due");
        CircuitBreaker breaker = breakers.webhook(subscription.id());
        List<Instant[]> openPeriods = new ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger notPermitted = new java.util.concurrent.atomic.AtomicInteger();
        breaker.getEventPublisher().onCallNotPermitted(event -> notPermitted.incrementAndGet());
        breaker.getEventPublisher().onStateTransition(event -> {
            if (event.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
                openPeriods.add(new Instant[] {clock.instant(), null});
            } else if (!openPeriods.isEmpty() && openPeriods.get(openPeriods.size() - 1)[1] == null) {
                openPeriods.get(openPeriods.size() - 1)[1] = clock.instant();
            }
        });

        // when: the receiver is down from t0 to t0+90s; events arrive at t0 and t0+15s; the dispatcher runs
        RECEIVER.fail(subscription.path(), 503);
        List<String> events = new ArrayList<>();
        events.add(deliver(EventTypes.TASK_DUE, "task-o1", due(unit)));
        events.add(deliver(EventTypes.REPORT_DUE, "duty-o2", reportDue(unit)));
        for (int second = 0; second <= 150; second += 5) {
            clock.set(LocalDateTime.ofInstant(t0.plusSeconds(second), clock.getZone()));
            if (second == 15) {
                events.add(deliver(EventTypes.TASK_DUE, "task-o3", due(unit)));
            }
            if (second == 90) {
                RECEIVER.recover(subscription.path());
            }
            dispatcher.dispatchDue();
        }

        // then: the breaker opened, and while it was open not one call reached the receiver
        assertThat(openPeriods).isNotEmpty();
        assertThat(notPermitted.get()).as("calls refused by the open breaker").isPositive();
        List<WebhookReceiver.Received> all = RECEIVER.received(subscription.path());
        for (Instant[] open : openPeriods) {
            Instant end = open[1] == null ? Instant.MAX : open[1];
            assertThat(all).as("calls while the breaker was open %s–%s", open[0], end)
                    .noneMatch(r -> r.at().isAfter(open[0]) && r.at().isBefore(end));
        }
        assertThat(all).filteredOn(r -> r.at().isBefore(t0.plusSeconds(90)))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(503))
                .hasSizeLessThanOrEqualTo(8);
        // and afterwards every event was delivered, each exactly once, verified, under its delivery's webhook-id
        List<Delivery> webhookDeliveries = events.stream()
                .flatMap(id -> deliveries.ofSourceEvent(id).stream())
                .filter(d -> subscription.id().equals(d.subscriptionId())).toList();
        assertThat(webhookDeliveries).hasSize(3)
                .allSatisfy(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.SENT));
        assertThat(RECEIVER.acceptedIds(subscription.path()))
                .containsExactlyInAnyOrderElementsOf(webhookDeliveries.stream().map(Delivery::id).toList());
        assertThat(RECEIVER.accepted(subscription.path())).allSatisfy(r -> assertThat(r.verified()).isTrue());
        // a failed attempt and its later success carry the same webhook-id
        assertThat(all.stream().map(WebhookReceiver.Received::webhookId).distinct().count()).isEqualTo(3);
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        mvc.perform(get("/api/v1/webhooks/{id}", subscription.id()).with(TestTokens.unitOfficer(unit)))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.consecutiveFailures").value(0));
    }

    @Test
    void aSubscriptionThatKeepsFailingIsDisabledAndItsOwnerIsToldThenReplayDeliversTheSameMessage()
            throws Exception {
        Instant t0 = LocalDateTime.of(2025, 6, 24, 10, 0).atZone(clock.getZone()).toInstant();
        clock.set(LocalDateTime.of(2025, 6, 24, 10, 0));
        String unit = registeredUnit("DIS");
        Subscribed subscription = subscribe(TestTokens.unitOfficer(unit), null, "/hooks/" + unit, "task-due");
        RECEIVER.fail(subscription.path(), 500);

        // when: the receiver never recovers
        String event = deliver(EventTypes.TASK_DUE, "task-d1", due(unit));
        deliver(EventTypes.TASK_DUE, "task-d2", due(unit));
        for (int second = 0; second <= 300; second += 5) {
            clock.set(LocalDateTime.ofInstant(t0.plusSeconds(second), clock.getZone()));
            dispatcher.dispatchDue();
        }

        // then: disabled after 5 failed rounds (tdkt.notification.webhooks.disable-after), the owner told by inbox
        mvc.perform(get("/api/v1/webhooks/{id}", subscription.id()).with(TestTokens.unitOfficer(unit)))
                .andExpect(jsonPath("$.status").value("DISABLED"))
                .andExpect(jsonPath("$.consecutiveFailures").value(5));
        mvc.perform(get("/api/v1/inbox").param("unit", unit).with(TestTokens.unitOfficer(unit)))
                .andExpect(jsonPath("$.items[?(@.kind == 'WEBHOOK_DISABLED')].title").value(
                        org.hamcrest.Matchers.contains(
                                "[TĐKT] Webhook đã bị tạm dừng sau 5 lần gửi không thành công")));
        // and by e-mail
        assertThat(SMTP.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(mailsTo(Units.email(unit))).filteredOn(mail -> subject(mail).contains("Webhook")).singleElement()
                .satisfies(mail -> assertThat(text(mail)).contains(subscription.id()).contains("tạm dừng"));
        // the undelivered events are given up, not left pending
        Delivery failed = deliveries.ofSourceEvent(event).stream()
                .filter(d -> subscription.id().equals(d.subscriptionId())).findFirst().orElseThrow();
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        int callsWhileDisabled = RECEIVER.received(subscription.path()).size();
        clock.plus(Duration.ofMinutes(10));
        dispatcher.dispatchDue();
        assertThat(RECEIVER.received(subscription.path())).hasSize(callsWhileDisabled);

        // when: the unit fixes its system, enables the subscription and replays the failed delivery
        RECEIVER.recover(subscription.path());
        mvc.perform(post("/api/v1/deliveries/{id}/replay", failed.id()).with(TestTokens.unitOfficer(unit)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("delivery.subscription-inactive"));
        mvc.perform(post("/api/v1/webhooks/{id}/enable", subscription.id()).with(TestTokens.unitOfficer(unit)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        mvc.perform(post("/api/v1/deliveries/{id}/replay", failed.id()).with(TestTokens.unitOfficer(unit)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING"));
        dispatcher.dispatchDue();

        // then: the same message, recognisable by its webhook-id
        assertThat(RECEIVER.accepted(subscription.path())).singleElement()
                .satisfies(r -> assertThat(r.webhookId()).isEqualTo(failed.id()));
        assertThat(deliveries.get(failed.id()).value().status()).isEqualTo(DeliveryStatus.SENT);
    }

    @Test
    void aReceiverAnsweringGoneIsDisabledAtOnce() throws Exception {
        clock.set(LocalDateTime.of(2025, 6, 25, 10, 0));
        String unit = registeredUnit("GON");
        Subscribed subscription = subscribe(TestTokens.unitOfficer(unit), null, "/hooks/" + unit, "task-due");
        RECEIVER.fail(subscription.path(), 410);

        deliver(EventTypes.TASK_DUE, "task-g1", due(unit));
        dispatcher.dispatchDue();

        assertThat(RECEIVER.received(subscription.path())).hasSize(1);
        mvc.perform(get("/api/v1/webhooks/{id}", subscription.id()).with(TestTokens.unitOfficer(unit)))
                .andExpect(jsonPath("$.status").value("DISABLED"))
                .andExpect(jsonPath("$.disabledReason").value("GONE: HTTP 410"));
        mvc.perform(get("/api/v1/inbox").param("unit", unit).with(TestTokens.unitOfficer(unit)))
                .andExpect(jsonPath("$.items[?(@.kind == 'WEBHOOK_DISABLED')].title").value(
                        org.hamcrest.Matchers.contains(
                                "[TĐKT] Webhook đã bị tạm dừng vì hệ thống nhận báo đã ngừng nhận")));
    }

    @Test
    void theRegistrysWebhookUrlBecomesASubscriptionThatWaitsForItsOwnerToTakeTheSecret() throws Exception {
        clock.set(LocalDateTime.of(2025, 6, 26, 10, 0));
        String unit = Units.fresh("REG");
        String path = "/hooks/registry-" + unit;
        String registered = fixture(EventTypes.UNIT_REGISTERED, "\"unitCode\": \"SGDDT\"", "\"unitCode\": \"" + unit
                + "\"", "https://sgddt.example.gov.vn/hooks/tdkt", RECEIVER.url(path));
        deliver(EventTypes.UNIT_REGISTERED, unit, registered);

        // then: created, disabled until the unit takes its secret
        mvc.perform(get("/api/v1/webhooks/{id}", "registry-" + unit).with(TestTokens.unitOfficer(unit)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.origin").value("REGISTRY"))
                .andExpect(jsonPath("$.status").value("DISABLED"))
                .andExpect(jsonPath("$.url").value(RECEIVER.url(path)));
        deliver(EventTypes.TASK_DUE, "task-r1", due(unit));
        dispatcher.dispatchDue();
        assertThat(RECEIVER.received(path)).isEmpty();

        // a subscription nobody took the secret of cannot be enabled: the receiver could check no signature
        mvc.perform(post("/api/v1/webhooks/{id}/enable", "registry-" + unit).with(TestTokens.unitOfficer(unit)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("webhook.secret-not-taken"));

        // when: the unit's officer takes the secret and enables it
        String body = mvc.perform(post("/api/v1/webhooks/{id}/secret", "registry-" + unit)
                        .with(TestTokens.unitOfficer(unit)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.secret").value(org.hamcrest.Matchers.startsWith("whsec_")))
                .andReturn().getResponse().getContentAsString();
        RECEIVER.expectSecret(path, JsonPath.read(body, "$.secret"));
        mvc.perform(post("/api/v1/webhooks/{id}/enable", "registry-" + unit).with(TestTokens.unitOfficer(unit)))
                .andExpect(status().isOk());
        deliver(EventTypes.TASK_DUE, "task-r2", due(unit));
        dispatcher.dispatchDue();

        // then
        assertThat(RECEIVER.accepted(path)).singleElement().satisfies(r -> assertThat(r.verified()).isTrue());
    }

    @Test
    void aRegistryAddressTheDirectoryTookButTheSubscriptionDidNotFollowIsFollowedWhenTheEventComesAgain()
            throws Exception {
        clock.set(LocalDateTime.of(2025, 6, 26, 10, 0));
        String unit = Units.fresh("RGR");
        deliver(EventTypes.UNIT_REGISTERED, unit, fixture(EventTypes.UNIT_REGISTERED, "\"unitCode\": \"SGDDT\"",
                "\"unitCode\": \"" + unit + "\"", "https://sgddt.example.gov.vn/hooks/tdkt", RECEIVER.url("/old")));
        String changed = fixture(EventTypes.UNIT_CHANGED, "\"unitCode\": \"SGDDT\"", "\"unitCode\": \"" + unit + "\"",
                "https://sgddt.example.gov.vn/hooks/tdkt", RECEIVER.url("/new"));
        // given: the unit-changed reached the directory, and the service stopped before the subscription followed
        directory.apply(vn.tdkt.platform.events.EventJson.mapper().readValue(changed,
                vn.tdkt.contracts.plan.UnitChanged.class), 2);

        // when: the binder delivers the event again
        deliver(vn.tdkt.platformtest.contracts.EventMessages.of(EventTypes.UNIT_CHANGED, "ev-" + unit, unit, 2,
                changed));

        // then
        mvc.perform(get("/api/v1/webhooks/{id}", "registry-" + unit).with(TestTokens.unitOfficer(unit)))
                .andExpect(jsonPath("$.url").value(RECEIVER.url("/new")));
    }

    @Test
    void aSubscriptionWithoutAUsableUrlIsRefusedByNameAndNothingIsStored() throws Exception {
        String unit = registeredUnit("NOURL");
        for (String body : new String[] {"{}", "{\"url\":\"  \",\"eventTypes\":[\"task-due\"]}",
                "{\"eventTypes\":[\"task-due\"]}"}) {
            mvc.perform(post("/api/v1/webhooks").with(TestTokens.unitOfficer(unit))
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("webhook.url-missing"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Cần nêu địa chỉ webhook")));
        }
        mvc.perform(post("/api/v1/webhooks").with(TestTokens.unitOfficer(unit)).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"url\":\"ftp://x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("webhook.url-invalid"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Webhook URL ftp://x is invalid")));
        mvc.perform(post("/api/v1/webhooks").with(TestTokens.unitOfficer(unit)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\":\"https://169.254.169.254/latest/meta-data\",\"eventTypes\":[\"task-due\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("webhook.url-inside-network"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("(169.254.169.254)")));
        mvc.perform(get("/api/v1/webhooks").with(TestTokens.unitOfficer(unit)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
    }

    private Subscribed subscribe(RequestPostProcessor caller, String extra, String path, String... types)
            throws Exception {
        String typeList = String.join("\",\"", types);
        String body = mvc.perform(post("/api/v1/webhooks").with(caller).contentType(MediaType.APPLICATION_JSON)
                        .content("{" + (extra == null ? "" : extra) + "\"url\":\"" + RECEIVER.url(path)
                                + "\",\"eventTypes\":[\"" + typeList + "\"]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.secret").value(org.hamcrest.Matchers.matchesPattern("whsec_[A-Za-z0-9+/=]{44}")))
                .andReturn().getResponse().getContentAsString();
        Subscribed subscribed = new Subscribed(JsonPath.read(body, "$.id"), path, JsonPath.read(body, "$.secret"));
        RECEIVER.expectSecret(path, subscribed.secret());
        return subscribed;
    }

    private static String due(String unit) {
        return fixture(EventTypes.TASK_DUE, "\"leadUnit\": \"SNV\"", "\"leadUnit\": \"" + unit + "\"");
    }

    private static String reportDue(String unit) {
        return fixture(EventTypes.REPORT_DUE, "\"unitCode\": \"SYT\"", "\"unitCode\": \"" + unit + "\"");
    }
}
