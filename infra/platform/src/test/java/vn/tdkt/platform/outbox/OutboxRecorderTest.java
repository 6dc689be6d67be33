package vn.tdkt.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.contracts.DomainEvent;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.plan.TaskDue;
import vn.tdkt.contracts.plan.TaskRef;

class OutboxRecorderTest {

    static class Aggregate extends AggregateDocument<String> {
    }

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), ZoneOffset.UTC);

    @Test
    void recorded_events_are_numbered_marked_pending_and_stamped() {
        Aggregate aggregate = new Aggregate();
        new OutboxRecorder(clock).record(aggregate, List.of(taskDue(), taskDue()));

        assertThat(aggregate.getOutbox()).extracting(OutboxEntry::sequence).containsExactly(1L, 2L);
        assertThat(aggregate.isOutboxPending()).isTrue();
        assertThat(aggregate.getLastEventAt()).isEqualTo(clock.instant());
    }

    @Test
    void a_save_without_events_leaves_the_outbox_and_the_stamp_alone() {
        Aggregate aggregate = new Aggregate();
        new OutboxRecorder(clock).record(aggregate, List.<TaskDue>of());

        assertThat(aggregate.getOutbox()).isEmpty();
        assertThat(aggregate.isOutboxPending()).isFalse();
        assertThat(aggregate.getLastEventAt()).isNull();
    }

    private static DomainEvent taskDue() {
        return new DomainEvent(EventTypes.TASK_DUE, "task-1", new TaskDue(new TaskRef("task-1", "plan-1", "01/KH-UBND",
                "Nội dung", "SNV", List.of()), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 24), 7, 7));
    }
}
