package vn.tdkt.notification.escalation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.platformtest.domain.AggregateFixture.given;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.notification.notice.domain.OverdueItem;

class EscalationCaseTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final EscalationOffsets OFFSETS = new EscalationOffsets(7, 14, ZONE);
    static final LocalDate DUE = LocalDate.of(2025, 6, 30);

    @Test
    void theHeadIsDueOnDay7AndTheLevelAboveOnDay14FromTheStartOfThatDay() {
        EscalationCase open = EscalationCase.open(item(DUE), OFFSETS, at(2025, 7, 1, 8));
        assertThat(open.dueSteps(at(2025, 7, 6, 23))).isEmpty();
        assertThat(open.dueSteps(at(2025, 7, 7, 0))).containsExactly(EscalationStep.HEAD);
        assertThat(open.dueSteps(at(2025, 7, 14, 0))).containsExactly(EscalationStep.HEAD, EscalationStep.PARENT);
        assertThat(open.nextStepAt()).isEqualTo(at(2025, 7, 7, 0));
        given(open).when(c -> c.fired(EscalationStep.HEAD, "SGDDT", at(2025, 7, 7, 8)))
                .expectNoEvents()
                .expectState(c -> {
                    assertThat(c.nextStepAt()).isEqualTo(at(2025, 7, 14, 0));
                    assertThat(c.dueSteps(at(2025, 7, 14, 0))).containsExactly(EscalationStep.PARENT);
                });
    }

    @Test
    void anItemFirstReportedLateGivesItsUnitTheSameDaysBeforeItsHeadHears() {
        // a task due 30/06 on a plan published on 20/07: its unit is first told on 20/07
        EscalationCase late = EscalationCase.open(item(DUE), OFFSETS, at(2025, 7, 20, 8));
        assertThat(late.dueSteps(at(2025, 7, 20, 9))).isEmpty();
        assertThat(late.headDueAt()).isEqualTo(at(2025, 7, 26, 0));
        assertThat(late.parentDueAt()).isEqualTo(at(2025, 8, 2, 0));
    }

    @Test
    void aClosedCaseStaysClosedForItsDueDateButANewDueDateStartsAgain() {
        EscalationCase closed = EscalationCase.closedBefore("task:t1", DUE, "COMPLETED", at(2025, 6, 29, 8));
        assertThat(closed.overdue(item(DUE), OFFSETS, at(2025, 7, 1, 8))).isFalse();
        assertThat(closed.dueSteps(at(2025, 8, 1, 0))).isEmpty();
        LocalDate moved = LocalDate.of(2025, 7, 15);
        assertThat(closed.overdue(item(moved), OFFSETS, at(2025, 7, 16, 8))).isTrue();
        assertThat(closed.status()).isEqualTo(EscalationCase.EscalationStatus.OPEN);
        assertThat(closed.dueSteps(at(2025, 7, 22, 0))).containsExactly(EscalationStep.HEAD);
        assertThat(closed.stepId(EscalationStep.HEAD)).isEqualTo("escalation:task:t1:2025-07-15:HEAD");
    }

    @Test
    void closingStopsTheSchedule() {
        given(EscalationCase.open(item(DUE), OFFSETS, at(2025, 7, 1, 8)))
                .when(c -> c.close("SUBMITTED", at(2025, 7, 3, 8)))
                .expectNoEvents()
                .expectState(c -> {
                    assertThat(c.nextStepAt()).isNull();
                    assertThat(c.dueSteps(at(2025, 7, 20, 0))).isEqualTo(List.of());
                });
    }

    @Test
    void aLateSubmissionReturnedWithoutANewDateResumesTheChainWhereItStopped() {
        // overdue since 01/07, the head told on 07/07, submitted late on 09/07, returned on 10/07 without a new date
        given(EscalationCase.open(item(DUE), OFFSETS, at(2025, 7, 1, 8)))
                .andGiven(c -> c.fired(EscalationStep.HEAD, "SGDDT", at(2025, 7, 7, 8)))
                .andGiven(c -> c.close(EscalationCase.SUBMITTED, at(2025, 7, 9, 8)))
                .when(c -> c.returned(null, LocalDate.of(2025, 7, 10), at(2025, 7, 10, 9)))
                .expectNoEvents()
                .expectState(c -> {
                    assertThat(c.status()).isEqualTo(EscalationCase.EscalationStatus.OPEN);
                    assertThat(c.dueSteps(at(2025, 7, 14, 0))).containsExactly(EscalationStep.PARENT);
                });
        // with a later date to resubmit by, it waits for that date's overdue event instead
        given(EscalationCase.open(item(DUE), OFFSETS, at(2025, 7, 1, 8)))
                .andGiven(c -> c.close(EscalationCase.SUBMITTED, at(2025, 7, 3, 8)))
                .when(c -> c.returned(LocalDate.of(2025, 7, 20), LocalDate.of(2025, 7, 4), at(2025, 7, 4, 9)))
                .expectState(c -> assertThat(c.status()).isEqualTo(EscalationCase.EscalationStatus.RETURNED));
    }

    static OverdueItem item(LocalDate due) {
        return new OverdueItem(OverdueItem.Type.TASK, "t1", "SGDDT", "Báo cáo", "01/KH-UBND", due,
                "tdkt.plan.task-overdue.v1");
    }

    static Instant at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(ZONE).toInstant();
    }
}
