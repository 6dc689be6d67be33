package vn.tdkt.notification.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tdkt.notification.notice.domain.Channel;
import vn.tdkt.notification.notice.domain.NoticeKind;
import vn.tdkt.notification.notice.domain.Reference;

/** Quiet hours, the retry schedule, digest days and the equivalence of reminders. */
class DeliveryRulesTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final QuietHours QUIET = new QuietHours(LocalTime.of(22, 0), LocalTime.of(6, 30), ZONE);

    @Test
    void quietHoursDeferToTheirEndAcrossMidnightAndLetDaytimeThrough() {
        assertThat(QUIET.deferUntil(at(2025, 6, 22, 23, 0))).isEqualTo(at(2025, 6, 23, 6, 30));
        assertThat(QUIET.deferUntil(at(2025, 6, 22, 22, 0))).isEqualTo(at(2025, 6, 23, 6, 30));
        assertThat(QUIET.deferUntil(at(2025, 6, 23, 2, 15))).isEqualTo(at(2025, 6, 23, 6, 30));
        assertThat(QUIET.deferUntil(at(2025, 6, 23, 6, 30))).isEqualTo(at(2025, 6, 23, 6, 30));
        assertThat(QUIET.deferUntil(at(2025, 6, 23, 21, 59))).isEqualTo(at(2025, 6, 23, 21, 59));
        QuietHours lunch = new QuietHours(LocalTime.of(11, 30), LocalTime.of(13, 30), ZONE);
        assertThat(lunch.deferUntil(at(2025, 6, 23, 12, 0))).isEqualTo(at(2025, 6, 23, 13, 30));
        assertThat(lunch.contains(at(2025, 6, 23, 23, 0))).isFalse();
        assertThat(new QuietHours(LocalTime.NOON, LocalTime.NOON, ZONE).contains(at(2025, 6, 23, 12, 0))).isFalse();
    }

    @Test
    void failedRoundsWaitLongerEachTimeUpToTheCapAndAreGivenUpAfterTheLast() {
        RetrySchedule retry = new RetrySchedule(Duration.ofMinutes(1), 2, Duration.ofMinutes(10), 5);
        Instant now = at(2025, 6, 23, 9, 0);
        assertThat(retry.next(1, now)).isEqualTo(now.plus(Duration.ofMinutes(1)));
        assertThat(retry.next(2, now)).isEqualTo(now.plus(Duration.ofMinutes(2)));
        assertThat(retry.next(4, now)).isEqualTo(now.plus(Duration.ofMinutes(8)));
        assertThat(retry.next(5, now)).isNull();
        assertThat(new RetrySchedule(Duration.ofMinutes(1), 2, Duration.ofMinutes(10), 9).next(8, now))
                .isEqualTo(now.plus(Duration.ofMinutes(10)));
    }

    @Test
    void aNoticeHeldAfterTheDigestTimeBelongsToTheNextDaysDigest() {
        DigestSchedule digest = new DigestSchedule(LocalTime.of(16, 30), ZONE);
        assertThat(digest.dayFor(at(2025, 6, 23, 16, 29))).isEqualTo(LocalDate.of(2025, 6, 23));
        assertThat(digest.dayFor(at(2025, 6, 23, 16, 30))).isEqualTo(LocalDate.of(2025, 6, 24));
        assertThat(digest.lastDueDay(at(2025, 6, 23, 16, 29))).isEqualTo(LocalDate.of(2025, 6, 22));
        assertThat(digest.lastDueDay(at(2025, 6, 23, 16, 30))).isEqualTo(LocalDate.of(2025, 6, 23));
    }

    @Test
    void remindersAreEquivalentForTheSameRecipientChannelKindAndSubjectOnly() {
        MergePolicy merge = new MergePolicy(Duration.ofHours(24), Set.of(NoticeKind.TASK_DUE));
        Reference task = new Reference(Reference.Type.TASK, "t1");
        String key = merge.key("unit:A", Channel.EMAIL, NoticeKind.TASK_DUE, task);
        assertThat(merge.key("unit:A", Channel.EMAIL, NoticeKind.TASK_DUE, new Reference(Reference.Type.TASK, "t1")))
                .isEqualTo(key);
        assertThat(merge.key("unit:B", Channel.EMAIL, NoticeKind.TASK_DUE, task)).isNotEqualTo(key);
        assertThat(merge.key("head:A", Channel.EMAIL, NoticeKind.TASK_DUE, task)).isNotEqualTo(key);
        assertThat(merge.key("unit:A", Channel.INBOX, NoticeKind.TASK_DUE, task)).isNotEqualTo(key);
        assertThat(merge.key("unit:A", Channel.EMAIL, NoticeKind.TASK_DUE, new Reference(Reference.Type.TASK, "t2")))
                .isNotEqualTo(key);
        assertThat(merge.key("unit:A", Channel.EMAIL, NoticeKind.TASK_ASSIGNED, task)).as("not a reminder").isNull();
        assertThat(new MergePolicy(Duration.ZERO, Set.of(NoticeKind.TASK_DUE)).mergeable(NoticeKind.TASK_DUE))
                .isFalse();
    }

    @Test
    void deliveryIdsAreDeterministicPerEventRecipientAndChannel() {
        assertThat(DeliveryIds.of("e1", "unit:A", Channel.EMAIL)).isEqualTo(DeliveryIds.of("e1", "unit:A", Channel.EMAIL))
                .isNotEqualTo(DeliveryIds.of("e1", "unit:A", Channel.INBOX))
                .isNotEqualTo(DeliveryIds.of("e1", "unit:B", Channel.EMAIL))
                .isNotEqualTo(DeliveryIds.of("e2", "unit:A", Channel.EMAIL));
    }

    static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(ZONE).toInstant();
    }
}
