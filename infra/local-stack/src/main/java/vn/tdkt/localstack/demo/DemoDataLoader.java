package vn.tdkt.localstack.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.localstack.LocalStack;

/**
 * Loads the demo data once, dated around today (see {@link DemoScenario}): the Sơn La plan moved to this year, a
 * unit's plan with work due in the next days, a movement with registrations and dossiers in every state. A marker
 * file {@code <dataDir>/demo-loaded} records what was created, so a restart does not load it again. Demo data never
 * stops the stack: every problem is logged and the step skipped.
 */
public final class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String FIXTURE_NAME = "ke-hoach-tdkt-2025-ubnd-tinh-son-la.txt";

    private final Function<String, String> serviceUrl;
    private final Function<String, String> token;
    private final Path dataDir;
    private final Clock clock;

    /**
     * @param serviceUrl base URL of a service by name ({@code plan-service}, {@code nomination-service})
     * @param token      an access token of a demo client ({@code snv}, {@code sgddt}, {@code syt})
     * @param dataDir    where the {@code demo-loaded} marker is kept
     */
    public DemoDataLoader(Function<String, String> serviceUrl, Function<String, String> token, Path dataDir,
            Clock clock) {
        this.serviceUrl = serviceUrl;
        this.token = token;
        this.dataDir = dataDir;
        this.clock = clock;
    }

    /** Loads the demo data into a running stack (the steps whose services run); never throws. */
    public static void loadOnce(LocalStack stack, Path fixture) {
        if (!stack.serviceNames().contains("plan-service")) {
            log.info("plan-service is not started, skipping the demo data");
            return;
        }
        new DemoDataLoader(stack::serviceUrl, stack::token, stack.dataDir(), Clock.system(ZONE)).loadOnce(fixture);
    }

    /** {@code <repo>/../shared/fixtures/ke-hoach-tdkt-2025-ubnd-tinh-son-la.txt}. */
    public static Path defaultFixture(Path repoRoot) {
        return repoRoot.resolve("..").resolve("shared").resolve("fixtures").resolve(FIXTURE_NAME).normalize();
    }

    public static Path marker(Path dataDir) {
        return dataDir.resolve("demo-loaded");
    }

    public void loadOnce(Path fixture) {
        Path marker = marker(dataDir);
        if (Files.exists(marker)) {
            log.info("Demo data already loaded ({}), skipping", marker);
            return;
        }
        if (!Files.isRegularFile(fixture)) {
            log.info("No demo plan at {}, skipping the demo data", fixture);
            return;
        }
        DemoScenario scenario = new DemoScenario(
                client -> new DemoHttp(serviceUrl.apply("plan-service"), () -> token.apply(client)),
                client -> new DemoHttp(serviceUrl.apply("nomination-service"), () -> token.apply(client)),
                LocalDate.now(clock));
        String planId;
        try {
            planId = scenario.provincePlan(Files.readString(fixture, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            log.warn("Demo plan not loaded: {}", e.getMessage());
            return;
        }
        if (planId == null) {
            return;
        }
        String provincePlanId = planId;
        step("unit plan", () -> scenario.unitPlan(provincePlanId));
        step("movement", scenario::movement);
        step("dossiers", scenario::dossiers);
        writeMarker(marker, scenario.loaded());
    }

    private static void step(String name, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            log.warn("Demo {} not loaded: {}", name, e.getMessage());
        }
    }

    private static void writeMarker(Path marker, Map<String, String> loaded) {
        try {
            Files.writeString(marker, loaded.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(System.lineSeparator(), "", System.lineSeparator())),
                    StandardCharsets.UTF_8);
            log.info("Demo data loaded: {}", loaded.keySet());
        } catch (IOException e) {
            log.warn("Cannot write {}: the demo data will be loaded again next time", marker);
        }
    }
}
