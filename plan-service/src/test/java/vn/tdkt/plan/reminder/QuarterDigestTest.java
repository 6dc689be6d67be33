package vn.tdkt.plan.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tdkt.platformtest.domain.AggregateFixture.whenCreated;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.contracts.plan.QuarterOpened;
import vn.tdkt.contracts.plan.TaskRef;
import vn.tdkt.plan.reminder.application.ReminderProperties;
import vn.tdkt.plan.reminder.domain.QuarterDigest;

/** A unit's digest of a quarter, given / when / then: what quarter-opened lists and how it is keyed. */
class QuarterDigestTest {

    static final LocalDate TODAY = LocalDate.of(2026, 10, 1);

    @Test
    void a_long_digest_keeps_the_earliest_due_tasks_up_to_the_limit_with_the_full_count() {
        List<QuarterDigest.Item> items = List.of(item("t5", 30), item("t1", 2), item("t4", 20), item("t2", 5),
                item("t3", 5));

        whenCreated(() -> QuarterDigest.open("SGDDT", 2026, 4, items, 3, TODAY).aggregate(),
                digest -> QuarterDigest.open("SGDDT", 2026, 4, items, 3, TODAY).events())
                .expectEvents(new QuarterOpened("SGDDT", 2026, 4, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31),
                        List.of(task("t1", 2), task("t2", 5), task("t3", 5)), 5))
                .expectState(digest -> {
                    assertThat(digest.id()).isEqualTo("SGDDT:Q4-2026");
                    assertThat(digest.taskCount()).isEqualTo(5);
                });
        assertThat(QuarterDigest.open("SGDDT", 2026, 4, items, 100, TODAY).events().get(0).aggregateId())
                .isEqualTo("SGDDT:Q4-2026");
    }

    @Test
    void the_digest_limit_must_allow_at_least_one_task() {
        assertThat(new ReminderProperties(null, null, null, null, null, null, null, null, null).quarterDigestMaxTasks())
                .isEqualTo(100);
        assertThatThrownBy(() -> new ReminderProperties(null, null, null, null, null, null, null, 0, null))
                .hasMessageContaining("quarter-digest-max-tasks");
    }

    private static QuarterDigest.Item item(String id, int day) {
        return new QuarterDigest.Item(new TaskRef(id, "plan", "01/KH-UBND", "Nhiệm vụ " + id, "SGDDT", List.of()),
                "LEAD", LocalDate.of(2026, 10, day));
    }

    private static QuarterOpened.QuarterTask task(String id, int day) {
        return new QuarterOpened.QuarterTask(id, "plan", "01/KH-UBND", "Nhiệm vụ " + id, "LEAD",
                LocalDate.of(2026, 10, day));
    }
}
