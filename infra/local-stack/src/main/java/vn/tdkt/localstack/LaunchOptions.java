package vn.tdkt.localstack;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import vn.tdkt.localstack.demo.DemoDataLoader;

/** Command-line options of {@code ./run} (after {@code --no-build}, which the script handles itself). */
record LaunchOptions(Path dataDir, boolean loadDemoData, Path demoFixture, List<String> services, boolean help) {

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: ./run [--no-build] [--offline] [--no-demo] [--data-dir=PATH] [--demo-fixture=FILE]",
            "             [--services=plan-service,reporting-service,...]",
            "  --no-build        do not run ./mvnw install first",
            "  --offline         build with ./mvnw -o (no network)",
            "  --no-demo         do not import the demo plan",
            "  --data-dir        data folder (default ./data)",
            "  --demo-fixture    plan text to import as demo data",
            "                    (default ../shared/fixtures/ke-hoach-tdkt-2025-ubnd-tinh-son-la.txt)",
            "  --services        services to start (default all four)",
            "Environment: KAFKA_BOOTSTRAP_SERVERS, MONGODB_URI, OAUTH2_ISSUER_URI use external infrastructure.");

    static LaunchOptions parse(String[] args, Path repoRoot) {
        Path dataDir = Path.of("data");
        boolean loadDemoData = true;
        Path demoFixture = null;
        List<String> services = LocalStack.SERVICES;
        boolean help = false;
        for (String arg : args) {
            if (arg.equals("--no-demo")) {
                loadDemoData = false;
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = Path.of(value(arg));
            } else if (arg.startsWith("--demo-fixture=")) {
                demoFixture = Path.of(value(arg));
            } else if (arg.startsWith("--services=")) {
                services = Arrays.stream(value(arg).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            } else if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else {
                throw new IllegalArgumentException("Unknown option " + arg + System.lineSeparator() + USAGE);
            }
        }
        if (demoFixture == null) {
            demoFixture = DemoDataLoader.defaultFixture(repoRoot);
        }
        return new LaunchOptions(dataDir, loadDemoData, demoFixture, services, help);
    }

    private static String value(String arg) {
        return arg.substring(arg.indexOf('=') + 1);
    }
}
