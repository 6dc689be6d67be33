package vn.tdkt.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Plans that Sở Nội vụ makes over REST in end-to-end tests. */
public final class Plans {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private Plans() {
    }

    /**
     * Creates and publishes a thematic plan of UBND with one task due on {@code dueDate}, led by {@code leadUnit};
     * returns the plan's id. A call the service answers "try again" is retried ({@link Nominations#retrying}); the
     * creation carries an {@code Idempotency-Key}, so a retry never makes a second plan.
     *
     * @param codePrefix the start of the plan's number, e.g. {@code E2E} for {@code E2E-1a2b3c/KH-UBND}
     */
    public static String publishOneTask(Api planAsSnv, String codePrefix, String title, String content,
            String leadUnit, String coordinatingUnit, LocalDate dueDate) {
        String key = UUID.randomUUID().toString();
        Map<String, Object> plan = Map.of(
                "code", codePrefix + "-" + key.substring(0, 6) + "/KH-UBND",
                "title", title,
                "year", dueDate.getYear(),
                "kind", "THEMATIC",
                "issuerUnit", "UBND",
                "issuedOn", LocalDate.now(ZONE).toString(),
                "tasks", List.of(Map.of(
                        "content", content,
                        "periodText", dueDate.toString(),
                        "dueDate", dueDate.toString(),
                        "leadUnit", leadUnit,
                        "coordinatingUnits", List.of(coordinatingUnit))));
        Api.Response created = Nominations.retrying(() -> planAsSnv.post("/api/v1/plans", plan,
                Map.of("Idempotency-Key", "plan-" + key)));
        assertThat(created.status()).as("create plan: %s", created.raw()).isEqualTo(201);
        String planId = created.body().path("id").asText();
        Api.Response published = Nominations.retrying(() -> planAsSnv.post("/api/v1/plans/" + planId + "/publish",
                null));
        assertThat(published.status()).as("publish plan: %s", published.raw()).isEqualTo(200);
        return planId;
    }
}
