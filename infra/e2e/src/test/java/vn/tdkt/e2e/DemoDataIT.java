package vn.tdkt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.tdkt.localstack.demo.DemoDataLoader;

/**
 * What a newcomer sees after {@code ./run}: the demo data loaded into a fresh stack is alive today — the dashboard
 * shows work due soon, a unit's inbox and the local mailbox receive reminders within two minutes, and every state
 * of a dossier is there.
 */
class DemoDataIT extends EndToEndTest {

    DemoDataIT() {
        // e-mails wait for the end of quiet hours (22:00–06:30) by design; this test may run at night
        super(stack -> stack.serviceSystemProperty("notification-service", "tdkt.notification.quiet-hours.channels",
                ""));
    }

    @BeforeAll
    void loadDemoData() throws Exception {
        Path fixture = DemoDataLoader.defaultFixture(E2eStacks.repoRoot());
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(fixture), "the shared fixture is needed");
        DemoDataLoader.loadOnce(stack, fixture);
    }

    @Test
    void within_two_minutes_the_dashboard_shows_work_due_soon_and_reminders_reach_an_inbox_and_the_mailbox() {
        Api dashboard = new Api(stack.serviceUrl("reporting-service"), stack.token("leader"));
        Api inbox = new Api(stack.serviceUrl("notification-service"), stack.token("sgddt"));
        // every step of the demo was loaded (a step the services refuse is only logged by the loader)
        assertThat(DemoDataLoader.marker(stack.dataDir())).content()
                .contains("plan=", "unitPlan=", "movement=", "dossier.DRAFT=", "dossier.RETURNED=",
                        "dossier.APPRAISED_ELIGIBLE=", "dossier.RECALLED=");

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            JsonNode summary = dashboard.get("/api/v1/dashboard/summary").body();
            assertThat(summary.path("tasks").path("dueSoon").asInt()).as("tasks due soon").isGreaterThan(0);
            assertThat(summary.path("tasks").path("overdue").asInt()).as("tasks overdue").isGreaterThan(0);
            JsonNode items = inbox.get("/api/v1/inbox?unit=SGDDT&size=100").body().path("items");
            assertThat(items.toString()).as("SGDDT's inbox").contains("TASK_DUE");
            assertThat(stack.mail().messages()).as("the local mailbox").isNotEmpty();
        });
    }
}
