package vn.tdkt.notification.support;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.messaging.Message;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.platformtest.contracts.ContractSchemas;
import vn.tdkt.platformtest.contracts.EventMessages;

/**
 * Plan events fed to the service's {@code planEvents} consumer by tests that run outside
 * {@link NotificationServiceTest} (their own mail server): units with a desk address, and a task-due reminder each.
 */
public final class PlanFeed {

    private PlanFeed() {
    }

    /** Registers each unit with the desk address {@code <prefix>@<unit, lower case>.vn}. */
    public static void unitsWithDesk(Consumer<Message<byte[]>> planEvents, List<String> units, String prefix) {
        for (String unit : units) {
            planEvents.accept(EventMessages.of(EventTypes.UNIT_REGISTERED, UUID.randomUUID().toString(), unit, 1,
                    """
                    {"unitCode":"%s","name":"Đơn vị","nameKey":"don vi","kind":"DEPARTMENT","aliases":[],
                     "email":"%s@%s.vn"}""".formatted(unit, prefix, unit.toLowerCase())));
        }
    }

    /** One task-due reminder to each unit (as its lead, no coordinating unit); the events' ids, in order. */
    public static List<String> taskDueTo(Consumer<Message<byte[]>> planEvents, List<String> units) {
        return units.stream().map(unit -> {
            String id = UUID.randomUUID().toString();
            planEvents.accept(EventMessages.of(EventTypes.TASK_DUE, id, "t-" + unit, 1, ContractSchemas
                    .fixture(EventTypes.TASK_DUE).replace("\"leadUnit\": \"SNV\"", "\"leadUnit\": \"" + unit + "\"")
                    .replace("[\n    \"SGDDT\",\n    \"SYT\"\n  ]", "[]")));
            return id;
        }).toList();
    }
}
