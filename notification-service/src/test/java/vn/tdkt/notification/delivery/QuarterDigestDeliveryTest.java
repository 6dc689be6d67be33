package vn.tdkt.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.notification.NotificationRef;
import vn.tdkt.contracts.notification.NotificationSent;
import vn.tdkt.notification.delivery.domain.Delivery;
import vn.tdkt.notification.delivery.domain.DeliveryStatus;
import vn.tdkt.notification.notice.domain.Channel;
import vn.tdkt.notification.support.NotificationServiceTest;
import vn.tdkt.notification.support.Units;
import vn.tdkt.platform.events.EventJson;
import vn.tdkt.platformtest.contracts.ContractSchemas;
import vn.tdkt.platformtest.contracts.EventMessages;
import vn.tdkt.platformtest.security.TestTokens;

/**
 * "The quarterly digest of the demo plan reaches each unit's inbox and e-mail on the first day of a quarter,
 * once": plan-service's quarter-opened (golden fixture) for a unit of the registry, delivered twice as Kafka may
 * redeliver it, gives one inbox entry, one e-mail, and one notification-sent per channel.
 */
class QuarterDigestDeliveryTest extends NotificationServiceTest {


    @Test
    void theQuarterlyDigestReachesTheUnitsInboxAndEmailOnce() throws Exception {
        // given: the first day of quarter III, 08:00, and a unit of the registry
        clock.set(LocalDateTime.of(2025, 7, 1, 8, 0));
        String unit = Units.fresh("SGD");
        registerUnit(unit, "Sở Giáo dục và Đào tạo " + unit, "DEPARTMENT", "UBND", Units.email(unit),
                Units.headEmail(unit));
        String eventId = UUID.randomUUID().toString();
        Message<byte[]> quarterOpened = EventMessages.of(EventTypes.QUARTER_OPENED, eventId, unit, 3,
                fixture(EventTypes.QUARTER_OPENED, "\"unitCode\": \"SNV\"", "\"unitCode\": \"" + unit + "\""));

        // when: delivered twice, dispatched twice
        deliver(quarterOpened);
        deliver(quarterOpened);
        dispatcher.dispatchDue();
        dispatcher.dispatchDue();

        // then: one inbox entry
        mvc.perform(get("/api/v1/inbox").with(TestTokens.unitOfficer(unit)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].kind").value("QUARTER_DIGEST"))
                .andExpect(jsonPath("$.items[0].title").value(
                        "[TĐKT] Nhiệm vụ quý III/2025 của Sở Giáo dục và Đào tạo " + unit));
        // and one e-mail, in Vietnamese, with the task and its due date
        assertThat(SMTP.waitForIncomingEmail(5_000, 1)).isTrue();
        List<MimeMessage> mails = mailsTo(Units.email(unit));
        assertThat(mails).hasSize(1);
        String text = text(mails.get(0));
        assertThat(text).contains("Quý III/2025 (từ 01/07/2025 đến 30/09/2025), đơn vị có 1 nhiệm vụ")
                .contains("- Tổ chức lớp tập huấn, bồi dưỡng nghiệp vụ công tác Thi đua - Khen thưởng (hạn 30/09/2025)"
                        + " — chủ trì; Kế hoạch số 01/KH-UBND")
                .contains("Thư được gửi tự động");
        List<Delivery> recorded = deliveries.ofSourceEvent(eventId).stream()
                .filter(d -> d.channel() != Channel.WEBHOOK).toList();
        Delivery email = recorded.stream().filter(d -> d.channel() == Channel.EMAIL).findFirst().orElseThrow();
        assertThat(mails.get(0).getMessageID()).isEqualTo("<" + email.id() + "@tdkt.sonla.gov.vn>");
        // and one notification-sent per channel in the outbox
        assertThat(recorded).extracting(Delivery::channel).containsExactlyInAnyOrder(Channel.INBOX, Channel.EMAIL);
        assertThat(recorded).allSatisfy(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.SENT));
        List<String> sent = outboxPayloads(EventTypes.NOTIFICATION_SENT.type());
        List<NotificationRef> events = sent.stream()
                .map(json -> EventJson.mapper().readValue(json, NotificationSent.class).notification())
                .filter(e -> e.sourceEventId().equals(eventId)).toList();
        assertThat(events).extracting(NotificationRef::channel).containsExactlyInAnyOrder("INBOX", "EMAIL");
        assertThat(events).filteredOn(e -> e.channel().equals("EMAIL")).singleElement()
                .satisfies(e -> assertThat(e.recipient()).isEqualTo(Units.email(unit)));
        sent.forEach(json -> ContractSchemas.assertValid(EventTypes.NOTIFICATION_SENT, json));
    }

    private List<String> outboxPayloads(String type) {
        return mongo.findAll(org.bson.Document.class, "deliveries").stream()
                .flatMap(d -> d.getList("outbox", org.bson.Document.class, List.of()).stream())
                .filter(entry -> type.equals(entry.getString("type")))
                .map(entry -> entry.getString("payload"))
                .toList();
    }
}
