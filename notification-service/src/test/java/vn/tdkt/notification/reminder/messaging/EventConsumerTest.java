package vn.tdkt.notification.reminder.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.cloud.stream.binder.test.InputDestination;
import org.springframework.core.env.Environment;
import org.springframework.messaging.Message;
import vn.tdkt.contracts.CloudEventHeaders;
import vn.tdkt.contracts.EventType;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.notification.AbstractServiceTest;
import vn.tdkt.notification.email.domain.DeliveryStatus;
import vn.tdkt.notification.email.persistence.DeliveryRepository;
import vn.tdkt.notification.inbox.domain.InboxEntry;
import vn.tdkt.notification.inbox.domain.NotificationKind;
import vn.tdkt.notification.inbox.persistence.InboxRepository;
import vn.tdkt.platform.messaging.PoisonEventException;
import vn.tdkt.platformtest.contracts.ContractSchemas;
import vn.tdkt.platformtest.contracts.EventMessages;

class EventConsumerTest extends AbstractServiceTest {

    @Autowired @Qualifier("planEvents") Consumer<Message<byte[]>> planEvents;
    @Autowired @Qualifier("nominationEvents") Consumer<Message<byte[]>> nominationEvents;
    @Autowired InboxRepository inbox;
    @Autowired DeliveryRepository deliveries;
    @Autowired InputDestination input;
    @Autowired Environment environment;

    @Test
    void taskDueFixtureCreatesEntriesForTheLeadAndCoordinatingUnits() {
        // given
        String eventId = UUID.randomUUID().toString();

        // when
        planEvents.accept(fixture(EventTypes.TASK_DUE, eventId));

        // then
        List<InboxEntry> entries = inbox.findBySourceEvent(eventId);
        assertThat(entries).extracting(InboxEntry::unitCode).containsExactlyInAnyOrder("SNV", "SGDDT", "SYT");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.kind()).isEqualTo(NotificationKind.TASK_DUE);
            assertThat(entry.taskId()).isEqualTo("0195f3a2-7c1e-7a00-8000-000000000011");
            assertThat(entry.readAt()).isNull();
            assertThat(entry.coordinating()).isEqualTo(!entry.unitCode().equals("SNV"));
        });
        assertThat(entries).filteredOn(e -> e.unitCode().equals("SNV")).singleElement()
                .satisfies(e -> assertThat(e.body()).contains("đến hạn ngày 30/06/2025 (còn 7 ngày)"));
        // e-mail is switched off in this context: the delivery log says so, the inbox is unaffected
        assertThat(entries).allSatisfy(entry -> assertThat(deliveries.findById(entry.id())).hasValueSatisfying(
                delivery -> assertThat(delivery.status()).isEqualTo(DeliveryStatus.SKIPPED)));
    }

    @Test
    void taskOverdueWithEscalationCreatesAnOverdueAndAnEscalationEntryForTheLeadUnit() {
        // given
        String eventId = UUID.randomUUID().toString();

        // when
        planEvents.accept(fixture(EventTypes.TASK_OVERDUE, eventId));

        // then
        assertThat(inbox.findBySourceEvent(eventId))
                .extracting(InboxEntry::unitCode, InboxEntry::kind)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("SNV", NotificationKind.TASK_OVERDUE),
                        org.assertj.core.groups.Tuple.tuple("SNV", NotificationKind.ESCALATION));
    }

    @Test
    void dossierAppraisedFixtureNotifiesTheSubmittingUnit() {
        // given
        String eventId = UUID.randomUUID().toString();

        // when
        nominationEvents.accept(fixture(EventTypes.DOSSIER_APPRAISED, eventId));

        // then
        assertThat(inbox.findBySourceEvent(eventId)).singleElement().satisfies(entry -> {
            assertThat(entry.unitCode()).isEqualTo("SGDDT");
            assertThat(entry.kind()).isEqualTo(NotificationKind.DOSSIER_APPRAISED);
            assertThat(entry.dossierId()).isEqualTo("0195f3a2-7c1e-7a00-8000-0000000000d1");
            assertThat(entry.title()).contains("Đủ điều kiện");
        });
    }

    @Test
    void theSameEventDeliveredTwiceMakesOneEntryPerUnit() {
        // given: one golden-fixture record, delivered again (same CloudEvents id)
        Message<byte[]> appraised = EventMessages.fixture(EventTypes.DOSSIER_APPRAISED, "dossier-1", 3);
        Message<byte[]> due = EventMessages.fixture(EventTypes.TASK_DUE, "task-1", 5);
        nominationEvents.accept(appraised);
        planEvents.accept(due);

        // when
        nominationEvents.accept(appraised);
        planEvents.accept(due);

        // then
        List<InboxEntry> appraisedEntries = inbox.findBySourceEvent(idOf(appraised));
        assertThat(appraisedEntries).hasSize(1);
        assertThat(inbox.findBySourceEvent(idOf(due))).hasSize(3);
        assertThat(deliveries.findById(appraisedEntries.get(0).id())).isPresent();
    }

    @Test
    void eventsArriveThroughTheBindingsOfBothTopics() {
        // given
        String planEventId = UUID.randomUUID().toString();
        String nominationEventId = UUID.randomUUID().toString();

        // when
        input.send(fixture(EventTypes.TASK_OVERDUE, planEventId), "tdkt.plan.events");
        input.send(fixture(EventTypes.DOSSIER_APPRAISED, nominationEventId), "tdkt.nomination.events");

        // then
        assertThat(inbox.findBySourceEvent(planEventId)).hasSize(2);
        assertThat(inbox.findBySourceEvent(nominationEventId)).hasSize(1);
        assertThat(environment.getProperty("spring.cloud.stream.kafka.bindings.planEvents-in-0.consumer.dlq-name"))
                .isEqualTo("tdkt.plan.events.notification-service.dlq");
        assertThat(environment.getProperty(
                "spring.cloud.stream.kafka.bindings.nominationEvents-in-0.consumer.dlq-name"))
                .isEqualTo("tdkt.nomination.events.notification-service.dlq");
    }

    @Test
    void eventTypesNobodyHandlesAreSkipped() {
        // given
        String eventId = UUID.randomUUID().toString();

        // when
        planEvents.accept(fixture(EventTypes.PLAN_PUBLISHED, eventId));
        nominationEvents.accept(fixture(EventTypes.DOSSIER_SUBMITTED, eventId));

        // then
        assertThat(inbox.findBySourceEvent(eventId)).isEmpty();
    }

    @Test
    void anEmptyPayloadIsAPoisonEvent() {
        String eventId = UUID.randomUUID().toString();
        assertThatThrownBy(() -> planEvents.accept(EventMessages.of(EventTypes.TASK_DUE, eventId, "task-1", 1, null)))
                .isInstanceOf(PoisonEventException.class);
        assertThat(inbox.findBySourceEvent(eventId)).isEmpty();
    }

    @Test
    void unparseableJsonIsAPoisonEvent() {
        String eventId = UUID.randomUUID().toString();
        assertThatThrownBy(() -> nominationEvents.accept(
                EventMessages.of(EventTypes.DOSSIER_APPRAISED, eventId, "d-1", 1, "{\"dossierId\": ")))
                .isInstanceOf(PoisonEventException.class);
        assertThat(inbox.findBySourceEvent(eventId)).isEmpty();
    }

    @Test
    void aPayloadMissingARequiredFieldIsAPoisonEvent() {
        // given: the golden fixture without its lead unit
        String eventId = UUID.randomUUID().toString();
        String withoutLeadUnit = ContractSchemas.fixture(EventTypes.TASK_DUE).replace("\"leadUnit\": \"SNV\",", "");
        assertThat(withoutLeadUnit).doesNotContain("leadUnit");

        // then
        assertThatThrownBy(() -> planEvents.accept(
                EventMessages.of(EventTypes.TASK_DUE, eventId, "task-1", 1, withoutLeadUnit)))
                .isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("leadUnit");
        assertThat(inbox.findBySourceEvent(eventId)).isEmpty();
    }

    private static String idOf(Message<byte[]> message) {
        return String.valueOf(message.getHeaders().get(CloudEventHeaders.ID));
    }

    private static Message<byte[]> fixture(EventType type, String eventId) {
        return EventMessages.of(type, eventId, "subject-" + type.name(), 1, ContractSchemas.fixture(type));
    }
}
