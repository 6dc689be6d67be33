package vn.tdkt.localstack;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import vn.tdkt.localstack.demo.DemoDataLoader;

/** Command-line options of {@code ./run} (after {@code --no-build}, which the script handles itself). */
record LaunchOptions(Path dataDir, DemoChoice demo, Path demoFixture, List<String> services, int instances,
        boolean help) {

    /** Whether to load the demo data: by default only on the local MongoDB-wire server, never on an external one. */
    enum DemoChoice { DEFAULT, ALWAYS, NEVER }

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: ./run [--no-build] [--offline] [--no-demo|--demo] [--data-dir=PATH] [--demo-fixture=FILE]",
            "             [--services=plan-service,reporting-service,...] [--instances=N]",
            "  --no-build        do not run ./mvnw install first",
            "  --offline         build with ./mvnw -o (no network)",
            "  --no-demo         do not load the demo data",
            "  --demo            load the demo data even into an external MongoDB (MONGODB_URI)",
            "  --instances=N     run N instances of each service (ports 8081, 8181, 8281, …; also TDKT_INSTANCES)",
            "  --data-dir        data folder (default ./data)",
            "  --demo-fixture    plan text to import as demo data",
            "                    (default ../shared/fixtures/ke-hoach-tdkt-2025-ubnd-tinh-son-la.txt)",
            "  --services        services to start (default all four)",
            "Environment: KAFKA_BOOTSTRAP_SERVERS, MONGODB_URI, OAUTH2_ISSUER_URI use external infrastructure.");

    static LaunchOptions parse(String[] args, Path repoRoot) {
        return parse(args, repoRoot, System.getenv());
    }

    static LaunchOptions parse(String[] args, Path repoRoot, java.util.Map<String, String> environment) {
        Path dataDir = Path.of("data");
        DemoChoice demo = DemoChoice.DEFAULT;
        int instances = instances(environment.getOrDefault("TDKT_INSTANCES", "1"));
        Path demoFixture = null;
        List<String> services = LocalStack.SERVICES;
        boolean help = false;
        for (String arg : args) {
            if (arg.equals("--no-demo")) {
                demo = DemoChoice.NEVER;
            } else if (arg.equals("--demo")) {
                demo = DemoChoice.ALWAYS;
            } else if (arg.startsWith("--instances=")) {
                instances = instances(value(arg));
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
        return new LaunchOptions(dataDir, demo, demoFixture, services, instances, help);
    }

    private static int instances(String value) {
        try {
            int count = Integer.parseInt(value.trim());
            if (count >= 1 && count <= 9) {
                return count;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--instances / TDKT_INSTANCES must be a number from 1 to 9, got " + value);
    }

    /** Demo data goes only into the local wire server unless asked for ({@code --demo}); {@code --no-demo} wins. */
    boolean loadDemoData(boolean mongoExternal) {
        return switch (demo) {
            case ALWAYS -> true;
            case NEVER -> false;
            case DEFAULT -> !mongoExternal;
        };
    }

    private static String value(String arg) {
        return arg.substring(arg.indexOf('=') + 1);
    }
}
