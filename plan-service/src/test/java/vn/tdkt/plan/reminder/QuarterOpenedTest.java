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
import vn.tdkt.plan.reminder.application.ReminderScanner;
import vn.tdkt.plan.support.MutableClock;
import vn.tdkt.plan.support.Outbox;
import vn.tdkt.plan.support.Plans;
import vn.tdkt.plan.support.ServiceTest;
import vn.tdkt.platform.events.EventJson;
import vn.tdkt.platform.outbox.OutboxEntry;
import vn.tdkt.platformtest.contracts.ContractSchemas;

@ServiceTest
class QuarterOpenedTest {

    @Autowired ApplicationContext context;
    @Autowired MongoTemplate mongo;
    @Autowired MutableClock clock;
    @Autowired ReminderScanner scanner;

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
        assertThat(payload.get("tasks").get(0).get("taskId").asString()).isEqualTo(ids.get(0));
        List<OutboxEntry> sgddt = digests("SGDDT").stream().filter(e -> e.payload().contains("\"quarter\":3")
                && e.payload().contains("2027")).toList();
        assertThat(sgddt).singleElement().satisfies(entry -> {
            assertThat(EventJson.mapper().readTree(entry.payload()).get("tasks").get(0).get("role").asString())
                    .isEqualTo("COORDINATING");
            ContractSchemas.assertValid(EventTypes.QUARTER_OPENED, entry.payload());
        });
    }

    List<OutboxEntry> digests(String unit) {
        return Outbox.ofSubject(mongo, EventTypes.QUARTER_OPENED, unit);
    }
}
