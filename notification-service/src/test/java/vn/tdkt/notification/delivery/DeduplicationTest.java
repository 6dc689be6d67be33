package vn.tdkt.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.notification.delivery.domain.Delivery;
import vn.tdkt.notification.delivery.domain.DeliveryStatus;
import vn.tdkt.notification.notice.domain.Channel;
import vn.tdkt.notification.support.NotificationServiceTest;
import vn.tdkt.notification.support.Units;
import vn.tdkt.platformtest.security.TestTokens;

/**
 * De-duplication (MergePolicy): notices are equivalent when they go to the same recipient on the same channel, are
 * of the same mergeable kind (reminders) and about the same task, report duty or dossier; an equivalent one within
 * the window (24 h) is merged: one e-mail, the inbox entry shows the newest text.
 */
class DeduplicationTest extends NotificationServiceTest {


    @Test
    void twoLadderStepsMovedToTheSameWorkingDayMakeOneEmailAndOneInboxEntry() throws Exception {
        // given: due Monday 30/06; the 3-day and 1-day steps both move to Friday 27/06 (weekend)
        clock.set(LocalDateTime.of(2025, 6, 27, 8, 0));
        String unit = registeredUnit("DD");
        String task = "task-" + unit;
        String threeDays = remind(unit, task, "2025-06-30", 3, 3);
        dispatcher.dispatchDue();
        clock.set(LocalDateTime.of(2025, 6, 27, 8, 5));

        // when
        String oneDay = remind(unit, task, "2025-06-30", 1, 3);
        dispatchAndAwaitMails(1);

        // then: one e-mail
        Thread.sleep(200);
        assertThat(mailsTo(Units.email(unit))).hasSize(1);
        // one inbox entry, updated, unread
        mvc.perform(get("/api/v1/inbox").with(TestTokens.unitOfficer(unit)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].mergedCount").value(1))
                .andExpect(jsonPath("$.items[0].read").value(false));
        // the second event's deliveries are logged as merged into the first's
        Delivery first = delivery(threeDays, Channel.EMAIL);
        // (a province-wide webhook subscriber of another test may also get the event: webhooks are never merged)
        assertThat(deliveries.ofSourceEvent(oneDay)).filteredOn(d -> d.channel() != Channel.WEBHOOK)
                .hasSize(2).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.MERGED);
            assertThat(d.mergedInto()).isIn(first.id(), delivery(threeDays, Channel.INBOX).id());
        });
    }

    @Test
    void aReminderAgainAfterADueDateChangeMergesIntoTheWaitingOneWithTheNewDate() throws Exception {
        // given: a reminder at 22:30, deferred by quiet hours
        clock.set(LocalDateTime.of(2025, 6, 23, 22, 30));
        String unit = registeredUnit("DC");
        String task = "task-" + unit;
        String before = remind(unit, task, "2025-06-30", 7, 7);

        // when: the due date moves to 15/07 and the new ladder's reminder arrives at 23:10
        clock.set(LocalDateTime.of(2025, 6, 23, 23, 10));
        remind(unit, task, "2025-07-15", 14, 22);
        clock.set(LocalDateTime.of(2025, 6, 24, 6, 30));
        dispatchAndAwaitMails(1);

        // then: one e-mail at 06:30, with the new due date
        Thread.sleep(200);
        assertThat(mailsTo(Units.email(unit))).singleElement().satisfies(mail -> {
            assertThat(subject(mail)).isEqualTo("[TĐKT] Nhiệm vụ sắp đến hạn 15/07/2025 (còn 22 ngày)");
            assertThat(text(mail)).contains("đến hạn ngày 15/07/2025").doesNotContain("30/06/2025");
        });
        assertThat(delivery(before, Channel.EMAIL).mergedCount()).isEqualTo(1);
        mvc.perform(get("/api/v1/inbox").with(TestTokens.unitOfficer(unit)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].title").value(
                        "[TĐKT] Nhiệm vụ sắp đến hạn 15/07/2025 (còn 22 ngày)"));
    }

    @Test
    void remindersOfDifferentTasksOrOutsideTheWindowAreNotEquivalent() throws Exception {
        clock.set(LocalDateTime.of(2025, 6, 20, 9, 0));
        String unit = registeredUnit("DN");

        // two tasks the same day; the first task again 25 hours later
        remind(unit, "a-" + unit, "2025-06-30", 7, 10);
        remind(unit, "b-" + unit, "2025-06-30", 7, 10);
        dispatcher.dispatchDue();
        clock.set(LocalDateTime.of(2025, 6, 21, 10, 0));
        remind(unit, "a-" + unit, "2025-06-30", 3, 9);
        dispatchAndAwaitMails(3);
        assertThat(mailsTo(Units.email(unit))).hasSize(3);
        mvc.perform(get("/api/v1/inbox").with(TestTokens.unitOfficer(unit))).andExpect(jsonPath("$.total").value(3));
    }

    /** The task-due reminder of {@code task} for {@code unit}, delivered with the task as its subject. */
    private String remind(String unit, String task, String dueDate, int offset, int daysLeft) {
        return deliver(EventTypes.TASK_DUE, task, """
                {"taskId":"%s","planId":"plan-1","planCode":"01/KH-UBND","content":"Báo cáo sơ kết 6 tháng",
                 "leadUnit":"%s","coordinatingUnits":[],"dueDate":"%s","reminderDate":"2025-06-27",
                 "offsetDays":%d,"daysLeft":%d}
                """.formatted(task, unit, dueDate, offset, daysLeft));
    }
}
