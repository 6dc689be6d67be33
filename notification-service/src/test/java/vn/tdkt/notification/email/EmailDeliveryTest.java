package vn.tdkt.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.stream.binder.test.TestChannelBinderConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.messaging.Message;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.tdkt.contracts.CloudEventHeaders;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.notification.email.domain.DeliveryStatus;
import vn.tdkt.notification.email.domain.EmailDelivery;
import vn.tdkt.notification.email.persistence.DeliveryRepository;
import vn.tdkt.notification.inbox.domain.InboxEntry;
import vn.tdkt.notification.inbox.persistence.InboxRepository;
import vn.tdkt.platformtest.contracts.ContractSchemas;
import vn.tdkt.platformtest.contracts.EventMessages;

/** E-mail through a real SMTP server (GreenMail, in this JVM, on a free port). */
@SpringBootTest(properties = "tdkt.outbox.enabled=false")
@Import(TestChannelBinderConfiguration.class)
class EmailDeliveryTest {

    @RegisterExtension
    static final GreenMailExtension greenMail =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
    }

    @Autowired @Qualifier("planEvents") Consumer<Message<byte[]>> planEvents;
    @Autowired @Qualifier("nominationEvents") Consumer<Message<byte[]>> nominationEvents;
    @Autowired InboxRepository inbox;
    @Autowired DeliveryRepository deliveries;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
    }

    @Test
    void taskDueIsMailedToTheLeadAndCoordinatingUnitsInVietnamese() throws Exception {
        // when
        Message<byte[]> event = EventMessages.fixture(EventTypes.TASK_DUE, "task-mail", 1);
        planEvents.accept(event);

        // then
        assertThat(greenMail.waitForIncomingEmail(5_000, 3)).isTrue();
        Map<String, MimeMessage> byRecipient = byRecipient(greenMail.getReceivedMessages());
        assertThat(byRecipient).containsOnlyKeys(
                "tdkt@snv.sonla.gov.vn", "tdkt@sgddt.sonla.gov.vn", "tdkt@syt.sonla.gov.vn");
        MimeMessage lead = byRecipient.get("tdkt@snv.sonla.gov.vn");
        assertThat(lead.getSubject()).isEqualTo("[TĐKT] Nhiệm vụ sắp đến hạn 30/06/2025 (còn 7 ngày)");
        assertThat(lead.getFrom()[0].toString()).isEqualTo("tdkt-noreply@sonla.gov.vn");
        assertThat(((String) lead.getContent()).replace("\r\n", "\n"))
                .startsWith("Nhiệm vụ «Báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm» "
                        + "đến hạn ngày 30/06/2025 (còn 7 ngày).")
                .contains("Thư được gửi tự động");
        assertThat(byRecipient.get("tdkt@sgddt.sonla.gov.vn").getSubject()).startsWith("[TĐKT] Phối hợp:");

        List<InboxEntry> entries = inbox.findBySourceEvent(idOf(event));
        assertThat(entries).hasSize(3).allSatisfy(entry -> assertThat(deliveries.findById(entry.id()))
                .hasValueSatisfying(delivery -> {
                    assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
                    assertThat(delivery.attempts()).isEqualTo(1);
                    assertThat(delivery.sentAt()).isNotNull();
                }));
    }

    @Test
    void theSameEventDeliveredTwiceSendsOneEmail() throws Exception {
        // given
        Message<byte[]> event = EventMessages.fixture(EventTypes.DOSSIER_APPRAISED, "dossier-mail", 2);

        // when
        nominationEvents.accept(event);
        nominationEvents.accept(event);

        // then
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        Thread.sleep(300);
        assertThat(greenMail.getReceivedMessages()).singleElement().satisfies(mail -> {
            assertThat(mail.getRecipients(RecipientType.TO)[0].toString()).isEqualTo("tdkt@sgddt.sonla.gov.vn");
            assertThat(mail.getSubject()).isEqualTo("[TĐKT] Kết quả thẩm định hồ sơ: Đủ điều kiện – Nguyễn Thị Hoa");
            assertThat((String) mail.getContent()).contains("Hồ sơ đề nghị tặng «Chiến sĩ thi đua cơ sở» cho cá nhân "
                    + "Nguyễn Thị Hoa đã được Sở Nội vụ thẩm định ngày 12/12/2025. Kết quả: Đủ điều kiện.");
        });
        assertThat(inbox.findBySourceEvent(idOf(event))).hasSize(1);
    }

    @Test
    void escalationGoesToTheHeadOfTheLeadUnit() throws Exception {
        // when
        planEvents.accept(EventMessages.fixture(EventTypes.TASK_OVERDUE, "task-late", 4));

        // then
        assertThat(greenMail.waitForIncomingEmail(5_000, 2)).isTrue();
        Map<String, MimeMessage> byRecipient = byRecipient(greenMail.getReceivedMessages());
        assertThat(byRecipient).containsOnlyKeys("tdkt@snv.sonla.gov.vn", "giamdoc@snv.sonla.gov.vn");
        assertThat(byRecipient.get("giamdoc@snv.sonla.gov.vn").getSubject())
                .isEqualTo("[TĐKT] Báo cáo người đứng đầu: nhiệm vụ quá hạn 7 ngày");
        assertThat(byRecipient.get("tdkt@snv.sonla.gov.vn").getSubject()).isEqualTo("[TĐKT] Nhiệm vụ quá hạn 7 ngày");
    }

    @Test
    void aUnitWithoutAnAddressGetsTheInboxEntryAndASkippedDelivery() throws Exception {
        // given: HDTDKT has no entry in the default directory
        String payload = ContractSchemas.fixture(EventTypes.DOSSIER_APPRAISED)
                .replace("\"unitCode\": \"SGDDT\"", "\"unitCode\": \"HDTDKT\"");
        Message<byte[]> event = EventMessages.of(EventTypes.DOSSIER_APPRAISED, "dossier-x", 1, payload);

        // when
        nominationEvents.accept(event);

        // then
        InboxEntry entry = inbox.findBySourceEvent(idOf(event)).get(0);
        EmailDelivery delivery = deliveries.findById(entry.id()).orElseThrow();
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SKIPPED);
        assertThat(delivery.lastError()).contains("chưa khai báo địa chỉ e-mail");
        Thread.sleep(200);
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    private static Map<String, MimeMessage> byRecipient(MimeMessage[] messages) {
        return Arrays.stream(messages).collect(Collectors.toMap(EmailDeliveryTest::to, m -> m));
    }

    private static String to(MimeMessage message) {
        try {
            return message.getRecipients(RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String idOf(Message<byte[]> message) {
        return String.valueOf(message.getHeaders().get(CloudEventHeaders.ID));
    }
}
