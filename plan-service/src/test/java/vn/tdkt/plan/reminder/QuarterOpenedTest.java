package vn.tdkt.plan.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.plan.reminder.application.QuarterOpener;
import vn.tdkt.plan.reminder.application.ReminderScanner;
import vn.tdkt.platformtest.time.MutableClock;
import vn.tdkt.plan.support.Outbox;
import vn.tdkt.plan.support.Plans;
import vn.tdkt.platformtest.service.ServiceTest;
import vn.tdkt.platform.events.EventJson;
import vn.tdkt.platform.outbox.OutboxEntry;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.plan.task.application.TaskService;
import vn.tdkt.platformtest.contracts.ContractSchemas;

class QuarterOpenedTest extends ServiceTest {

    @Autowired ApplicationContext context;
    @Autowired ReminderScanner scanner;
    @Autowired QuarterOpener quarters;
    @Autowired TaskService tasks;

    @Test
    void each_unit_gets_its_quarter_digest_once() {
        // given tasks in 2027 Q3 for SYT (lead) and SGDDT (coordinator), and one in Q4
        clock.set(LocalDate.of(2027, 6, 20));
        List<String> ids = Plans.publish(context, "Q1/KH", 2027, List.of(
                Plans.due("Hội nghị sơ kết", LocalDate.of(2027, 7, 20), "SYT", "SGDDT"),
                Plans.due("Báo cáo quý III", LocalDate.of(2027, 9, 30), "SYT"),
                Plans.due("Báo cáo năm", LocalDate.of(2027, 12, 10), "SYT")));
        scanner.scan();
        long before = digests("SYT").stream().filter(e -> e.payload().contains("\"year\":2027,\"quarter\":3")).count();
        assertThat(before).isZero();
        // when the quarter opens, scanned repeatedly
        clock.set(LocalDate.of(2027, 7, 1));
        scanner.scan();
        clock.set(LocalDate.of(2027, 7, 2));
        scanner.scan();
        // then one digest per unit
        List<OutboxEntry> syt = digests("SYT").stream().filter(e -> e.payload().contains("\"quarter\":3")).toList();
        assertThat(syt).hasSize(1);
        JsonNode payload = EventJson.mapper().readTree(syt.get(0).payload());
        assertThat(payload.get("tasks")).hasSize(2);
        assertThat(payload.get("taskCount").asInt()).isEqualTo(2);
        assertThat(payload.get("tasks").get(0).get("taskId").asString()).isEqualTo(ids.get(0));
        List<OutboxEntry> sgddt = digests("SGDDT").stream().filter(e -> e.payload().contains("\"quarter\":3")
                && e.payload().contains("2027")).toList();
        assertThat(sgddt).singleElement().satisfies(entry -> {
            assertThat(EventJson.mapper().readTree(entry.payload()).get("tasks").get(0).get("role").asString())
                    .isEqualTo("COORDINATING");
            ContractSchemas.assertValid(EventTypes.QUARTER_OPENED, entry.payload());
        });
    }

    @Test
    void a_unit_first_given_a_task_during_the_quarter_gets_its_digest_then() {
        // given 2028 Q1 opened on 2 January for SYT, the only unit with a task then
        clock.set(LocalDate.of(2028, 1, 2));
        Plans.publish(context, "Q2/KH", 2028, List.of(Plans.due("Báo cáo tháng 1", LocalDate.of(2028, 1, 25), "SYT")));
        assertThat(quarters.openQuarter(clock.today()).emitted()).isEqualTo(1);
        // when a plan published in February gives STC its first task of the quarter, with SYT coordinating
        clock.set(LocalDate.of(2028, 2, 15));
        List<String> ids = Plans.publish(context, "Q3/KH", 2028,
                List.of(Plans.due("Báo cáo quý I", LocalDate.of(2028, 3, 20), "STC", "SYT")));
        QuarterOpener.Opening pass = quarters.openQuarter(clock.today());
        // then STC gets the digest at the next pass; SYT, already opened, does not get a second one
        assertThat(pass.emitted()).isEqualTo(1);
        assertThat(digestsOf("STC", 2028, 1)).singleElement().satisfies(entry -> assertThat(
                EventJson.mapper().readTree(entry.payload()).get("tasks").get(0).get("taskId").asString())
                .isEqualTo(ids.get(0)));
        assertThat(digestsOf("SYT", 2028, 1)).hasSize(1);
    }

    @Test
    void once_the_quarter_is_opened_a_pass_reads_only_the_tasks_that_changed() {
        // given three tasks due in 2029 Q2, and the quarter opened on 1 April
        clock.set(LocalDate.of(2029, 3, 20));
        List<String> ids = Plans.publish(context, "Q4/KH", 2029, List.of(
                Plans.due("Hội nghị", LocalDate.of(2029, 4, 10), "SYT"),
                Plans.due("Báo cáo", LocalDate.of(2029, 5, 10), "SGDDT"),
                Plans.due("Sơ kết", LocalDate.of(2029, 6, 10), "SYT", "SGDDT")));
        clock.set(LocalDate.of(2029, 4, 1));
        QuarterOpener.Opening opening = quarters.openQuarter(clock.today());
        assertThat(opening.tasksRead()).isGreaterThanOrEqualTo(3);
        assertThat(opening.emitted()).isEqualTo(2);
        // when nothing changed, the next day's pass reads nothing
        clock.set(LocalDate.of(2029, 4, 2));
        assertThat(quarters.openQuarter(clock.today())).isEqualTo(new QuarterOpener.Opening(0, 0));
        // when its reminders go out (their own aggregate: the tasks do not change), the pass still reads nothing
        clock.set(LocalDate.of(2029, 4, 3));
        assertThat(scanner.scanLadders(clock.today()).emitted()).isEqualTo(1);
        assertThat(quarters.openQuarter(clock.today())).isEqualTo(new QuarterOpener.Opening(0, 0));
        // when one task records an event (its due date moves), the pass reads that task only, and sends nothing new
        tasks.changeDueDate(Plans.SNV, ids.get(1), LocalDate.of(2029, 5, 20), VersionPrecondition.none());
        assertThat(quarters.openQuarter(clock.today())).isEqualTo(new QuarterOpener.Opening(1, 0));
        assertThat(digestsOf("SYT", 2029, 2)).hasSize(1);
        assertThat(digestsOf("SGDDT", 2029, 2)).hasSize(1);
    }

    List<OutboxEntry> digestsOf(String unit, int year, int quarter) {
        return digests(unit).stream()
                .filter(e -> e.payload().contains("\"year\":" + year + ",\"quarter\":" + quarter)).toList();
    }

    /** The unit's digests: each keyed {@code <unit>:Q<n>-<year>}. */
    List<OutboxEntry> digests(String unit) {
        return Outbox.of(mongo, EventTypes.QUARTER_OPENED).stream()
                .filter(entry -> entry.subject().startsWith(unit + ":Q")).toList();
    }
}
