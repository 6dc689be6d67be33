package vn.tdkt.plan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tdkt.platformtest.domain.AggregateFixture.given;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.tdkt.contracts.DomainEvent;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.plan.PlanAmended;
import vn.tdkt.contracts.plan.PlanPublished;
import vn.tdkt.plan.plan.domain.Plan;
import vn.tdkt.plan.plan.domain.PlanContent;
import vn.tdkt.plan.plan.domain.PlanKind;
import vn.tdkt.plan.plan.domain.PlanStatus;
import vn.tdkt.plan.plan.domain.TaskInput;
import vn.tdkt.plan.plan.domain.TaskPlanner;
import vn.tdkt.plan.task.domain.EvidenceKind;
import vn.tdkt.plan.task.domain.TaskDraft;
import vn.tdkt.platform.domain.DomainException;

class PlanTest {

    static final Instant NOW = Instant.parse("2025-01-03T02:00:00Z");
    final AtomicInteger ids = new AtomicInteger();
    final TaskPlanner planner = new TaskPlanner(() -> "id-" + ids.incrementAndGet());

    static PlanContent content() {
        return new PlanContent("01/KH-UBND", LocalDate.of(2025, 1, 2), "UBND", new PlanContent.Signer("Nguyễn Đình Việt", "Chủ tịch"),
                "Triển khai công tác thi đua, khen thưởng năm 2025", 2025, PlanKind.ANNUAL, null, List.of(), List.of(),
                List.of(), List.of("Ban TĐKT Trung ương"));
    }

    static TaskInput input(String content, String period, String lead, String... coordinating) {
        return new TaskInput(null, content, period, null, lead, List.of(coordinating), EvidenceKind.REPORT);
    }

    @Test
    void due_date_rule_month_quarter_date_ongoing() {
        // given periods as written in plans
        // when
        List<TaskDraft> drafts = planner.plan(List.of(input("A", "01/2025", "SNV"), input("B", "Trong quý III", "SNV"),
                input("C", "trước ngày 10/12/2025", "SNV"), input("D", "Thường xuyên", "SNV"),
                input("E", "từ 01/3 đến 15/3/2025", "SNV")), 2025);
        // then
        assertThat(drafts).extracting(d -> d.period().dueDate()).containsExactly(LocalDate.of(2025, 1, 31),
                LocalDate.of(2025, 9, 30), LocalDate.of(2025, 12, 10), null, LocalDate.of(2025, 3, 15));
        assertThat(drafts).extracting(d -> d.period().kind().name())
                .containsExactly("MONTH", "QUARTER", "DATE", "ONGOING", "DATE_RANGE");
    }

    @Test
    void recurring_duties_become_series() {
        // given "Hàng quý" and "6 tháng" duties
        List<TaskDraft> drafts = planner.plan(List.of(input("Cung cấp 01 tin", "Hàng quý", "SYT"),
                input("Báo cáo định kỳ", "6 tháng", "SGDDT")), 2025);
        // then 4 + 2 tasks, one series key each, due at the end of each quarter / half-year
        assertThat(drafts).hasSize(6);
        assertThat(drafts.subList(0, 4)).extracting(d -> d.period().dueDate()).containsExactly(
                LocalDate.of(2025, 3, 31), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 9, 30), LocalDate.of(2025, 12, 31));
        assertThat(drafts.subList(0, 4)).extracting(TaskDraft::seriesKey).containsOnly(drafts.get(0).seriesKey());
        assertThat(drafts.subList(0, 4)).extracting(TaskDraft::occurrence).containsExactly(1, 2, 3, 4);
        assertThat(drafts.subList(4, 6)).extracting(d -> d.period().dueDate())
                .containsExactly(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 12, 31));
    }

    @Test
    void an_amendment_sending_a_series_back_unchanged_keeps_its_due_dates_and_series() {
        // given a quarterly series
        List<TaskDraft> series = planner.plan(List.of(input("Cung cấp 01 tin", "Hàng quý", "SYT")), 2025);
        java.util.Map<String, TaskDraft> current = series.stream()
                .collect(java.util.stream.Collectors.toMap(TaskDraft::taskId, d -> d));
        // when an amendment sends every occurrence back as read (id and period text), changing only a content
        List<TaskInput> echoed = series.stream().map(d -> new TaskInput(d.taskId(),
                d.occurrence() == 2 ? "Cung cấp 02 tin" : d.content(), d.period().text(), null, d.leadUnit(),
                d.coordinatingUnits(), d.expectedEvidence())).toList();
        List<TaskDraft> amended = planner.plan(echoed, 2025, current);
        // then due dates, series key and occurrences are kept, and only the content shows as changed
        assertThat(amended).extracting(d -> d.period().dueDate()).containsExactly(LocalDate.of(2025, 3, 31),
                LocalDate.of(2025, 6, 30), LocalDate.of(2025, 9, 30), LocalDate.of(2025, 12, 31));
        assertThat(amended).extracting(TaskDraft::seriesKey).containsOnly(series.get(0).seriesKey());
        assertThat(amended).extracting(TaskDraft::occurrence).containsExactly(1, 2, 3, 4);
        assertThat(series.get(1).changedFields(amended.get(1))).containsExactly("content");
        assertThat(series.get(0).changedFields(amended.get(0))).isEmpty();
        // and a period text that was edited is read again
        TaskInput moved = new TaskInput(series.get(3).taskId(), "Cung cấp 01 tin", "Trong tháng 11/2025", null, "SYT",
                List.of(), EvidenceKind.REPORT);
        assertThat(planner.plan(List.of(moved), 2025, current).get(0).period().dueDate())
                .isEqualTo(LocalDate.of(2025, 11, 30));
    }

    Plan draftWith(TaskInput... inputs) {
        return Plan.draft("p1", content(), planner.plan(List.of(inputs), 2025), "snv", NOW);
    }

    @Test
    void a_draft_is_published_once_and_is_then_immutable() {
        given(draftWith(input("A", "01/2025", "SNV", "VPUBND")))
                .when(plan -> plan.publish("snv", NOW))
                .expectEventsSatisfying(events -> assertThat(events).singleElement()
                        .isInstanceOfSatisfying(PlanPublished.class, published -> {
                            assertThat(published.version()).isEqualTo(1);
                            assertThat(published.tasks()).extracting(PlanPublished.PlannedTask::dueDate)
                                    .containsExactly(LocalDate.of(2025, 1, 31));
                        }))
                .expectState(plan -> {
                    assertThat(plan.status()).isEqualTo(PlanStatus.PUBLISHED);
                    assertThat(plan.taskSyncPending()).isTrue();
                });

        given(draftWith(input("A", "01/2025", "SNV"))).andGiven(plan -> plan.publish("snv", NOW))
                .when(plan -> plan.edit(content(), plan.tasks())).expectError("plan.not-draft");
        given(draftWith(input("A", "01/2025", "SNV"))).andGiven(plan -> plan.publish("snv", NOW))
                .when(plan -> plan.publish("snv", NOW)).expectError("plan.not-draft");
    }

    @Test
    void a_published_plan_closes_only_at_year_end() {
        given(draftWith(input("A", "01/2025", "SNV"))).andGiven(plan -> plan.publish("snv", NOW))
                .when(plan -> plan.close(LocalDate.of(2025, 11, 30), NOW))
                .expectError("plan.close-too-early");
        given(draftWith(input("A", "01/2025", "SNV"))).andGiven(plan -> plan.publish("snv", NOW))
                .when(plan -> plan.close(LocalDate.of(2025, 12, 1), NOW))
                .expectNoEvents()
                .expectState(plan -> assertThat(plan.status()).isEqualTo(PlanStatus.CLOSED));
    }

    @Test
    void empty_plans_cannot_be_published() {
        given(Plan.draft("p1", content(), List.of(), "snv", NOW))
                .when(plan -> plan.publish("snv", NOW))
                .expectError("plan.no-tasks");
    }

    @Test
    void amendment_diff_lists_added_removed_and_changed_tasks() {
        // given a published plan with tasks A, B, C
        List<TaskDraft> v1 = planner.plan(List.of(input("A", "01/2025", "SNV"), input("B", "02/2025", "SNV"),
                input("C", "03/2025", "SNV")), 2025);
        // when amended: A unchanged, B moved to April with a new coordinator, C dropped, D added
        List<TaskDraft> v2 = planner.plan(List.of(
                new TaskInput(v1.get(0).taskId(), "A", "01/2025", null, "SNV", List.of(), EvidenceKind.REPORT),
                new TaskInput(v1.get(1).taskId(), "B", "04/2025", null, "SNV", List.of("SYT"), EvidenceKind.REPORT),
                input("D", "Trong quý II", "SGDDT")), 2025);
        given(Plan.draft("p1", content(), v1, "snv", NOW)).andGiven(plan -> plan.publish("snv", NOW))
                .when(plan -> plan.amend(content(), v2, "Điều chỉnh", "snv", NOW))
                .expectEventsSatisfying(events -> assertThat(events).singleElement()
                        .isInstanceOfSatisfying(PlanAmended.class, amended -> {
                            assertThat(amended.previousVersion()).isEqualTo(1);
                            assertThat(amended.added()).extracting(PlanAmended.AmendedTask::content).containsExactly("D");
                            assertThat(amended.removed()).extracting(PlanAmended.AmendedTask::taskId)
                                    .containsExactly(v1.get(2).taskId());
                        }))
                .expectState(plan -> {
                    assertThat(plan.version()).isEqualTo(2);
                    assertThat(plan.history()).hasSize(2);
                    assertThat(plan.history().get(1).diff().changed()).singleElement().satisfies(entry -> {
                        assertThat(entry.taskId()).isEqualTo(v1.get(1).taskId());
                        assertThat(entry.changedFields()).containsExactly("periodText", "dueDate", "coordinatingUnits");
                    });
                });
        // and an amendment that changes nothing is refused
        given(Plan.draft("p1", content(), v1, "snv", NOW)).andGiven(plan -> plan.publish("snv", NOW))
                .when(plan -> plan.amend(content(), plan.tasks(), null, "snv", NOW))
                .expectError("plan.amendment-empty");
        // and one without tasks, which would cancel them all for good
        given(Plan.draft("p1", content(), v1, "snv", NOW)).andGiven(plan -> plan.publish("snv", NOW))
                .when(plan -> plan.amend(content(), List.of(), "Chỉ đổi tên", "snv", NOW))
                .expectError("plan.no-tasks");
    }

    @Test
    void implementing_plans_need_a_parent() {
        PlanContent implementing = new PlanContent("02/KH-SGDDT", null, "SGDDT", null, "Triển khai", 2025,
                PlanKind.IMPLEMENTING, null, null, null, null, null);
        assertThatThrownBy(() -> Plan.draft("p2", implementing, List.of(), "snv", NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("plan.parent-missing"));
    }
}
