package vn.tdkt.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.notification.delivery.application.DigestService;
import vn.tdkt.notification.delivery.domain.Delivery;
import vn.tdkt.notification.delivery.domain.DeliveryStatus;
import vn.tdkt.notification.notice.domain.Channel;
import vn.tdkt.notification.support.NotificationServiceTest;
import vn.tdkt.notification.support.Units;
import vn.tdkt.platformtest.security.TestTokens;

/**
 * Quiet hours (22:00–06:30): a reminder that falls at 23:00 is in the inbox at once and in the mailbox at 06:30,
 * never before; urgent kinds go through. The daily digest (16:30) holds the day's non-urgent notices in one e-mail.
 */
class QuietHoursAndDigestTest extends NotificationServiceTest {

    @Autowired DigestService digests;

    @Test
    void aReminderThatFallsAt23ArrivesAt0630() throws Exception {
        clock.set(LocalDateTime.of(2025, 6, 22, 23, 0));
        String unit = registeredUnit("QH");

        // when: a reminder at 23:00
        String event = deliverTo(unit, EventTypes.TASK_DUE, "task-q1");
        dispatcher.dispatchDue();

        // then: in the inbox at once, not in the mailbox
        mvc.perform(get("/api/v1/inbox").with(TestTokens.unitOfficer(unit)))
                .andExpect(jsonPath("$.total").value(1));
        assertThat(mailsTo(Units.email(unit))).isEmpty();
        Delivery email = emailOf(event, unit);
        assertThat(email.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(email.notBefore()).isEqualTo(LocalDateTime.of(2025, 6, 23, 6, 30).atZone(clock.getZone())
                .toInstant());

        // when: the night goes by
        clock.set(LocalDateTime.of(2025, 6, 23, 6, 29));
        dispatcher.dispatchDue();
        assertThat(mailsTo(Units.email(unit))).isEmpty();
        clock.set(LocalDateTime.of(2025, 6, 23, 6, 30));
        dispatchAndAwaitMails(1);

        // then: it arrives at 06:30
        assertThat(mailsTo(Units.email(unit))).hasSize(1);
        assertThat(emailOf(event, unit).sentAt()).isEqualTo(clock.instant());
    }

    @Test
    void urgentNoticesGoThroughQuietHours() throws Exception {
        clock.set(LocalDateTime.of(2025, 6, 22, 23, 30));
        String unit = registeredUnit("UR");

        // when: a dossier's resubmission deadline is breached at 23:30 (urgent by configuration)
        deliverTo(unit, EventTypes.DOSSIER_SLA_BREACHED, "dossier-u1", "\"APPRAISAL\"", "\"RETURN\"");
        dispatchAndAwaitMails(1);

        // then
        assertThat(mailsTo(Units.email(unit))).singleElement()
                .satisfies(mail -> assertThat(subject(mail)).startsWith("[TĐKT] KHẨN: Hồ sơ quá hạn xử lý 1 ngày"));
    }

    @Test
    void aDigestHoldsTheDaysNonUrgentNoticesInOneEmail() throws Exception {
        clock.set(LocalDateTime.of(2025, 6, 23, 9, 0));
        String unit = registeredUnit("DG");
        setUnitPreferences(unit, "{\"dailyDigest\":true}")
                .andExpect(jsonPath("$.dailyDigest").value(true));

        // when: three ordinary notices and an urgent one during the day
        deliverTo(unit, EventTypes.TASK_ASSIGNED, "task-g1");
        clock.set(LocalDateTime.of(2025, 6, 23, 11, 15));
        deliverTo(unit, EventTypes.TASK_DUE, "task-g2");
        clock.set(LocalDateTime.of(2025, 6, 23, 14, 40));
        deliverTo(unit, EventTypes.REPORT_DUE, "duty-g3");
        deliverTo(unit, EventTypes.DOSSIER_SLA_BREACHED, "dossier-g4", "\"APPRAISAL\"", "\"RETURN\"");
        dispatchAndAwaitMails(1);

        // then: the urgent one went at once; the others wait for the digest, listed by /digests
        assertThat(mailsTo(Units.email(unit))).singleElement()
                .satisfies(mail -> assertThat(subject(mail)).contains("KHẨN"));
        mvc.perform(get("/api/v1/digests").param("unit", unit).with(TestTokens.unitOfficer(unit)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].day").value("2025-06-23"))
                .andExpect(jsonPath("$[0].count").value(3))
                .andExpect(jsonPath("$[0].items[*].kind").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "TASK_ASSIGNED", "TASK_DUE", "REPORT_DUE")));
        // the inbox does not wait
        mvc.perform(get("/api/v1/inbox").with(TestTokens.unitOfficer(unit))).andExpect(jsonPath("$.total").value(4));

        // when: 16:29, then 16:30
        clock.set(LocalDateTime.of(2025, 6, 23, 16, 29));
        assertThat(digests.composeDue()).isZero();
        clock.set(LocalDateTime.of(2025, 6, 23, 16, 30));
        assertThat(digests.composeDue()).isEqualTo(1);
        assertThat(digests.composeDue()).as("composed once").isZero();
        dispatchAndAwaitMails(2);

        // then: one digest e-mail holding the three
        List<MimeMessage> digest = mailsTo(Units.email(unit)).stream()
                .filter(mail -> subject(mail).startsWith("[TĐKT] Bản tin tổng hợp")).toList();
        assertThat(digest).singleElement().satisfies(mail -> {
            assertThat(subject(mail)).isEqualTo("[TĐKT] Bản tin tổng hợp ngày 23/06/2025: 3 thông báo");
            assertThat(text(mail))
                    .contains("■ [TĐKT] Nhiệm vụ mới được giao (phối hợp): Ban hành Chỉ thị phát động thi đua")
                    .contains("(09:00)")
                    .contains("■ [TĐKT] Nhiệm vụ sắp đến hạn 30/06/2025 (còn 7 ngày) (11:15)")
                    .contains("■ [TĐKT] Báo cáo sắp đến hạn 15/06/2026")
                    .doesNotContain("KHẨN");
        });
        mvc.perform(get("/api/v1/digests").param("unit", unit).with(TestTokens.unitOfficer(unit)))
                .andExpect(jsonPath("$.length()").value(0));

        // when: a notice after 16:30 belongs to the next day's digest
        clock.set(LocalDateTime.of(2025, 6, 23, 17, 0));
        deliverTo(unit, EventTypes.TASK_ASSIGNED, "task-g5");
        mvc.perform(get("/api/v1/digests").param("unit", unit).with(TestTokens.unitOfficer(unit)))
                .andExpect(jsonPath("$[0].day").value("2025-06-24"));
        assertThat(digests.composeDue()).isZero();
    }

    private Delivery emailOf(String eventId, String unit) {
        return deliveries.ofSourceEvent(eventId).stream().filter(d -> d.channel() == Channel.EMAIL)
                .filter(d -> d.recipientKey().equals("unit:" + unit)).findFirst().orElseThrow();
    }
}
