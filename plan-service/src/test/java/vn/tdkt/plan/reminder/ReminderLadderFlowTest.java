package vn.tdkt.plan.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import vn.tdkt.platformtest.security.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.plan.reminder.application.ReminderScanner;
import vn.tdkt.plan.reminder.persistence.TaskReminderStore;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platformtest.time.MutableClock;
import vn.tdkt.plan.support.Outbox;
import vn.tdkt.plan.support.Plans;
import vn.tdkt.platformtest.service.ServiceTest;
import vn.tdkt.plan.task.application.TaskService;
import vn.tdkt.plan.task.domain.EvidenceKind;
import vn.tdkt.platform.events.EventJson;
import vn.tdkt.platform.outbox.OutboxEntry;
import vn.tdkt.platformtest.contracts.ContractSchemas;

/** The reminder ladder driven by a hand-moved clock, scanning twice a day. */
class ReminderLadderFlowTest extends ServiceTest {

    @Autowired ApplicationContext context;
    @Autowired ReminderScanner scanner;
    @Autowired TaskService tasks;
    @Autowired TaskReminderStore reminders;

    /** Day → reminders ("due:7", "overdue:7!") emitted for the task on that day. */
    Map<LocalDate, List<String>> runDays(String taskId, LocalDate from, LocalDate to) {
        Map<LocalDate, List<String>> byDay = new TreeMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            clock.set(day);
            int before = reminders(taskId).size();
            scanner.scan();
            scanner.scan();
            List<OutboxEntry> all = reminders(taskId);
            for (OutboxEntry entry : all.subList(before, all.size())) {
                byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(describe(entry));
            }
        }
        return byDay;
    }

    List<OutboxEntry> reminders(String taskId) {
        List<OutboxEntry> entries = new ArrayList<>(Outbox.ofSubject(mongo, EventTypes.TASK_DUE, taskId));
        entries.addAll(Outbox.ofSubject(mongo, EventTypes.TASK_OVERDUE, taskId));
        entries.sort(java.util.Comparator.comparingLong(OutboxEntry::sequence));
        return entries;
    }

    /** The reminders of the task in the outbox, in the order they were emitted, as {@link #describe} writes them. */
    List<String> sent(String taskId) {
        return reminders(taskId).stream().map(ReminderLadderFlowTest::describe).toList();
    }

    static String describe(OutboxEntry entry) {
        JsonNode payload = EventJson.mapper().readTree(entry.payload());
        boolean due = entry.type().equals(EventTypes.TASK_DUE.type());
        return (due ? "due:" : "overdue:") + payload.get("offsetDays").asInt()
                + (due ? "" : payload.get("escalate").asBoolean() ? "!" : "")
                + "@" + payload.get("reminderDate").asString();
    }

    /**
     * What {@link #runDays} gives when each of {@code reminders} ("due:7@2025-07-24") went out alone on the day its
     * reminder date names.
     */
    static Map<LocalDate, List<String>> eachOnItsDay(String... reminders) {
        Map<LocalDate, List<String>> byDay = new TreeMap<>();
        for (String reminder : reminders) {
            byDay.put(LocalDate.parse(reminder.substring(reminder.indexOf('@') + 1)), List.of(reminder));
        }
        return byDay;
    }

    /** Today is {@code today}; a plan {@code code} of this year is published with one task due on {@code due}. */
    private String taskPublishedOn(LocalDate today, String code, String content, LocalDate due, String lead,
            String... coordinating) {
        clock.set(today);
        return Plans.publish(context, code, today.getYear(), List.of(Plans.due(content, due, lead, coordinating)))
                .get(0);
    }

    @Test
    void whole_ladder_once_per_step() throws Exception {
        String task = taskPublishedOn(LocalDate.of(2025, 7, 1), "L1/KH",
                "Báo cáo quý", LocalDate.of(2025, 7, 31), "SGDDT", "SYT");

        Map<LocalDate, List<String>> emitted = runDays(task, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 8, 20));

        assertThat(emitted).isEqualTo(eachOnItsDay("due:14@2025-07-17", "due:7@2025-07-24", "due:3@2025-07-28",
                "due:1@2025-07-30", "overdue:1@2025-08-01", "overdue:7!@2025-08-07"));
        reminders(task).forEach(entry -> ContractSchemas.assertValid(
                entry.type().equals(EventTypes.TASK_DUE.type()) ? EventTypes.TASK_DUE : EventTypes.TASK_OVERDUE,
                entry.payload()));
        assertThat(tasks.get(Plans.SNV, task).value().status().name()).isEqualTo("OVERDUE");
        mvc.perform(get("/api/v1/tasks/" + task + "/reminders").with(TestTokens.unitOfficer("SYT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueDate").value("2025-07-31"))
                .andExpect(jsonPath("$.steps[?(@.state == 'EMITTED')].key").value(org.hamcrest.Matchers.contains(
                        "due:14@2025-07-31", "due:7@2025-07-31", "due:3@2025-07-31", "due:1@2025-07-31",
                        "overdue:1@2025-07-31", "overdue:7@2025-07-31")));
    }

    @Test
    void reminder_in_tet_2026_moves_to_the_friday_before() {
        String task = taskPublishedOn(LocalDate.of(2026, 2, 2), "L2/KH",
                "Báo cáo sau Tết", LocalDate.of(2026, 3, 2), "SYT");

        Map<LocalDate, List<String>> emitted = runDays(task, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 28));

        // 02/3 − 14 = 16/02 (Tết) → Friday 13/02/2026
        assertThat(emitted.get(LocalDate.of(2026, 2, 13))).containsExactly("due:14@2026-02-13");
        assertThat(emitted.get(LocalDate.of(2026, 2, 23))).containsExactly("due:7@2026-02-23");
        // 3 days before (27/02, Friday) and 1 day before (01/3, Sunday → 27/02) coincide: the closer one wins
        assertThat(emitted.get(LocalDate.of(2026, 2, 27))).containsExactly("due:1@2026-02-27");
        assertThat(reminders.get(task).value().marks())
                .anyMatch(mark -> mark.key().equals("due:3@2026-03-02") && mark.state().name().equals("SKIPPED"));
        assertThat(emitted).hasSize(3);
        String payload = Outbox.ofSubject(mongo, EventTypes.TASK_DUE, task).get(0).payload();
        assertThat(EventJson.mapper().readTree(payload).get("daysLeft").asInt()).isEqualTo(17);
    }

    @Test
    void completion_stops_the_ladder() {
        String task = taskPublishedOn(LocalDate.of(2025, 9, 1), "L3/KH", "Tập huấn", LocalDate.of(2025, 9, 30), "SNV");
        runDays(task, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 16));
        assertThat(sent(task)).containsExactly("due:14@2025-09-16");

        tasks.complete(Plans.SNV, task, EvidenceKind.EVENT, "Lớp tập huấn 18/9", null, VersionPrecondition.none());
        Map<LocalDate, List<String>> after = runDays(task, LocalDate.of(2025, 9, 17), LocalDate.of(2025, 10, 20));

        assertThat(after).isEmpty();
    }

    @Test
    void due_date_change_starts_a_new_ladder_without_replaying_past_steps() {
        String task = taskPublishedOn(LocalDate.of(2025, 10, 1), "L4/KH",
                "Hồ sơ khen thưởng đợt 2", LocalDate.of(2025, 10, 31), "SNV");
        runDays(task, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 24));
        assertThat(sent(task))
                .containsExactly("due:14@2025-10-17", "due:7@2025-10-24");

        // on 24/10 the due date moves to 06/11: its 14-day (23/10) step is already past → skipped, not replayed
        tasks.changeDueDate(Plans.SNV, task, LocalDate.of(2025, 11, 6), VersionPrecondition.none());
        Map<LocalDate, List<String>> after = runDays(task, LocalDate.of(2025, 10, 24), LocalDate.of(2025, 11, 14));

        assertThat(after).isEqualTo(eachOnItsDay("due:7@2025-10-30", "due:3@2025-11-03", "due:1@2025-11-05",
                "overdue:1@2025-11-07", "overdue:7!@2025-11-13"));
        assertThat(reminders.get(task).value().marks())
                .anyMatch(mark -> mark.key().equals("due:14@2025-11-06") && mark.state().name().equals("SKIPPED"));
    }

    @Test
    void after_downtime_only_the_most_recent_step_of_each_kind_is_sent() {
        String task = taskPublishedOn(LocalDate.of(2025, 11, 3), "L5/KH",
                "Báo cáo tổng kết", LocalDate.of(2025, 12, 10), "SNV");
        // the service is down from 03/11 until 09/12 (14, 7 and 3 days before have passed)
        clock.set(LocalDate.of(2025, 12, 8));
        scanner.scan();
        scanner.scan();
        assertThat(sent(task)).containsExactly("due:3@2025-12-05");
        // down again until 22/12: both overdue steps passed → only the escalation goes out
        clock.set(LocalDate.of(2025, 12, 22));
        scanner.scan();
        assertThat(sent(task))
                .containsExactly("due:3@2025-12-05", "overdue:7!@2025-12-17");
    }

    @Test
    void a_task_long_past_due_when_its_plan_is_published_is_told_once_and_marked_overdue() {
        // given a plan published on 15/03 with a task due 31/01, before the scan's window
        String task = taskPublishedOn(LocalDate.of(2025, 3, 14), "L6/KH", "Báo cáo tháng 1", LocalDate.of(2025, 1, 31),
                "SNV");

        // when the scan runs, twice
        clock.set(LocalDate.of(2025, 3, 14));
        scanner.scan();
        scanner.scan();

        // then one plain overdue notice, and the task is overdue
        assertThat(sent(task)).containsExactly("overdue:1@2025-02-03");
        assertThat(tasks.get(Plans.SNV, task).value().status().name()).isEqualTo("OVERDUE");
    }
}
