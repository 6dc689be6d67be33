package vn.tdkt.notification.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.messaging.Message;
import vn.tdkt.contracts.EventType;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.Topic;
import vn.tdkt.notification.support.NotificationServiceTest;
import vn.tdkt.notification.support.Units;
import vn.tdkt.notification.webhook.domain.ForwardedEvents;
import vn.tdkt.platform.messaging.EventRouter;
import vn.tdkt.platform.messaging.PoisonEventException;
import vn.tdkt.platformtest.contracts.EventMessages;
import vn.tdkt.platformtest.security.TestTokens;

/**
 * What the consumers do with each event type: every type on the bound topics is either handled or deliberately
 * ignored (with its reason), every handled type's golden fixture is accepted, malformed records are poison, and the
 * recipients directory follows the unit registry guarded by the unit's sequence.
 */
class InboundRoutingTest extends NotificationServiceTest {

    @Autowired Environment environment;

    @Test
    void everyTypeOnTheBoundTopicsIsHandledOrIgnoredForAStatedReason() throws Exception {
        Map<Topic, Consumer<Message<byte[]>>> consumers = Map.of(Topic.PLAN, planEvents,
                Topic.NOMINATION, nominationEvents, Topic.REPORTING, reportingEvents);
        Map<EventType, String> ignored = ignoredReasons();
        Set<EventType> handled = new HashSet<>();
        for (EventType type : EventTypes.all()) {
            if (type.topic() == Topic.NOTIFICATION) {
                continue;
            }
            EventRouter router = (EventRouter) consumers.get(type.topic());
            if (router.handles(type)) {
                handled.add(type);
                assertThat(ignored).as("%s is handled and ignored", type).doesNotContainKey(type);
            } else {
                assertThat(ignored).as("%s is neither handled nor ignored with a reason", type).containsKey(type);
                assertThat(ignored.get(type)).isNotBlank();
            }
        }
        // webhook subscribers may name every handled type except the registry's own events
        Set<EventType> forwarded = new HashSet<>(handled);
        forwarded.removeAll(Set.of(EventTypes.UNIT_REGISTERED, EventTypes.UNIT_CHANGED));
        assertThat(ForwardedEvents.TYPES).containsExactlyInAnyOrderElementsOf(forwarded);
        assertThat(environment.getProperty("spring.cloud.stream.bindings.reportingEvents-in-0.destination"))
                .isEqualTo("tdkt.reporting.events");
        assertThat(environment.getProperty("spring.cloud.stream.kafka.bindings.reportingEvents-in-0.consumer.dlq-name"))
                .isEqualTo("tdkt.reporting.events.notification-service.dlq");
    }

    @Test
    void everyHandledTypesGoldenFixtureIsAcceptedTwiceWithoutDoublingAnything() {
        clock.set(java.time.LocalDateTime.of(2025, 6, 2, 9, 0));
        for (EventType type : EventTypes.all()) {
            if (type.topic() == Topic.NOTIFICATION) {
                continue;
            }
            String id = UUID.randomUUID().toString();
            Message<byte[]> message = EventMessages.of(type, id, "subject-" + type.name(), 1,
                    vn.tdkt.platformtest.contracts.ContractSchemas.fixture(type));
            deliver(message);
            int first = deliveries.ofSourceEvent(id).size();
            deliver(message);
            assertThat(deliveries.ofSourceEvent(id)).as("%s redelivered", type).hasSize(first);
        }
    }

    @Test
    void malformedRecordsArePoisonAndRecordNothing() {
        String id = UUID.randomUUID().toString();
        assertThatThrownBy(() -> planEvents.accept(EventMessages.of(EventTypes.TASK_DUE, id, "t", 1, null)))
                .isInstanceOf(PoisonEventException.class);
        assertThatThrownBy(() -> nominationEvents.accept(
                EventMessages.of(EventTypes.AWARD_DECIDED, id, "a", 1, "{\"awardId\": ")))
                .isInstanceOf(PoisonEventException.class);
        String withoutUnit = fixture(EventTypes.REPORT_DUE, "\"unitCode\": \"SYT\",", "");
        assertThatThrownBy(() -> reportingEvents.accept(EventMessages.of(EventTypes.REPORT_DUE, id, "d", 1,
                withoutUnit))).isInstanceOf(PoisonEventException.class).hasMessageContaining("unitCode");
        assertThat(deliveries.ofSourceEvent(id)).isEmpty();
    }

    @Test
    void theDirectoryFollowsTheUnitRegistryAndIgnoresAStaleChange() throws Exception {
        String unit = Units.fresh("DIR");
        String registered = fixture(EventTypes.UNIT_REGISTERED, "\"unitCode\": \"SGDDT\"", "\"unitCode\": \"" + unit
                + "\"", "vanthu.sgddt@example.gov.vn", "v1@" + unit.toLowerCase() + ".vn");
        String changed = fixture(EventTypes.UNIT_CHANGED, "\"unitCode\": \"SGDDT\"", "\"unitCode\": \"" + unit
                + "\"", "vanthu.sgddt@example.gov.vn", "v3@" + unit.toLowerCase() + ".vn");
        String stale = changed.replace("v3@", "v2@");

        planEvents.accept(EventMessages.of(EventTypes.UNIT_REGISTERED, UUID.randomUUID().toString(), unit, 1,
                registered));
        planEvents.accept(EventMessages.of(EventTypes.UNIT_CHANGED, UUID.randomUUID().toString(), unit, 3, changed));
        planEvents.accept(EventMessages.of(EventTypes.UNIT_CHANGED, UUID.randomUUID().toString(), unit, 2, stale));

        mvc.perform(get("/api/v1/recipients/{unit}", unit).with(TestTokens.unitOfficer(unit)))
                .andExpect(jsonPath("$.email").value("v3@" + unit.toLowerCase() + ".vn"))
                .andExpect(jsonPath("$.headEmail").value("giamdoc.sgddt@example.gov.vn"))
                .andExpect(jsonPath("$.headName").value("Nguyễn Văn A"))
                .andExpect(jsonPath("$.parentCode").value("UBND"));
    }

    @SuppressWarnings("unchecked")
    private static Map<EventType, String> ignoredReasons() throws Exception {
        Class<?> ignored = Class.forName("vn.tdkt.notification.inbound.messaging.IgnoredEvents");
        var field = ignored.getDeclaredField("WHY");
        field.setAccessible(true);
        return (Map<EventType, String>) field.get(null);
    }
}
