package vn.tdkt.localstack.service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.tdkt.localstack.support.ChildProcess;
import vn.tdkt.localstack.support.RestartableChild;
import vn.tdkt.localstack.support.JavaCommand;
import vn.tdkt.localstack.support.StartupWait;

/**
 * One Spring Boot service run from its executable jar as a child JVM, with its addresses passed as environment
 * variables and its output in {@code <logDir>/<name>.log}. It can be stopped and started again (same port).
 */
public final class ServiceProcess extends RestartableChild {

    private static final Logger log = LoggerFactory.getLogger(ServiceProcess.class);
    /** SIGTERM runs Spring's graceful shutdown; SIGKILL after this. */
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> environment;
    private final Map<String, String> systemProperties;
    private final List<String> jvmOptions;
    private final Path logFile;

    private final String service;
    private final boolean fullJit;

    private ServiceProcess(Builder builder) {
        super(SHUTDOWN_GRACE);
        this.service = builder.name;
        this.name = builder.instance == 1 ? builder.name : builder.name + "-" + builder.instance;
        this.jar = Objects.requireNonNull(builder.jar, "jar");
        this.fullJit = builder.fullJit;
        this.port = builder.port;
        this.logFile = builder.logDir.resolve(name + ".log").toAbsolutePath();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("KAFKA_BOOTSTRAP_SERVERS", Objects.requireNonNull(builder.kafkaBootstrapServers, "kafka"));
        env.put("MONGODB_URI", Objects.requireNonNull(builder.mongoUri, "mongoUri"));
        env.put("OAUTH2_ISSUER_URI", Objects.requireNonNull(builder.issuerUri, "issuerUri"));
        // One JSON object per log line (Elastic Common Schema) in data/logs/<service>.log, ready for a log shipper.
        env.put("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
        env.putAll(builder.environment);
        this.environment = Map.copyOf(env);
        this.systemProperties = Map.copyOf(builder.systemProperties);
        this.jvmOptions = List.copyOf(builder.jvmOptions);
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * Starts the JVM and waits until the service reports UP; on failure the process is stopped again. The wait
     * happens outside the lock, so that {@link #stop()} (e.g. from a shutdown hook) is never blocked by it.
     */
    public void start(Duration timeout) {
        start(timeout, Map.of());
    }

    /**
     * Starts this incarnation with extra {@code -D} options on top of the configured ones (e.g. a fault-injection
     * switch for one run); the next {@link #start(Duration)} goes back to the configured options.
     */
    public void start(Duration timeout, Map<String, String> extraSystemProperties) {
        launch(() -> {
            ProcessBuilder builder = new ProcessBuilder(command(extraSystemProperties))
                    .directory(jar.getParent().toFile());
            builder.environment().putAll(environment);
            return ChildProcess.start(name, builder, logFile);
        }, launched -> awaitReady(launched, timeout));
    }

    @Override
    protected String description() {
        return name;
    }

    /** The instance name: the service's name, with {@code -2}, {@code -3}… for further instances. */
    public String name() {
        return name;
    }

    /** The service this process is an instance of. */
    public String service() {
        return service;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public Path logFile() {
        return logFile;
    }

    private List<String> command(Map<String, String> extraSystemProperties) {
        List<String> command = new ArrayList<>(List.of(JavaCommand.executable(), "-Xmx384m", "-Dfile.encoding=UTF-8"));
        if (!fullJit) {
            // C1 only: half the startup CPU on a 2-core machine, fast enough for a local stack (see fullJit).
            command.add("-XX:TieredStopAtLevel=1");
        }
        Map<String, String> properties = new LinkedHashMap<>(systemProperties);
        properties.putAll(extraSystemProperties);
        command.addAll(jvmOptions);
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    private void awaitReady(ChildProcess launched, Duration timeout) {
        ReadinessProbe probe = new ReadinessProbe(name, url());
        StartupWait wait = new StartupWait(launched, name, timeout);
        try {
            while (!probe.isReady()) {
                wait.pause(POLL_INTERVAL);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + name, e);
        }
        log.info("{} ready on {} (pid {})", name, url(), launched.pid());
    }

    /** The settings of a service process; addresses are required, extra environment and properties optional. */
    public static final class Builder {

        private final String name;
        private int instance = 1;
        private boolean fullJit;
        private Path jar;
        private int port;
        private String kafkaBootstrapServers;
        private String mongoUri;
        private String issuerUri;
        private Path logDir = Path.of("logs");
        private final Map<String, String> environment = new LinkedHashMap<>();
        private final Map<String, String> systemProperties = new LinkedHashMap<>();
        private final List<String> jvmOptions = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /** The jar to run; see {@link #fromRepository(Path)}. */
        public Builder jar(Path jar) {
            this.jar = jar;
            return this;
        }

        /** The service's executable jar in {@code <repoRoot>/<name>/target}; fails clearly if it was not built. */
        public Builder fromRepository(Path repoRoot) {
            this.jar = ServiceJar.locate(repoRoot, name);
            return this;
        }

        /** Full JIT (C2) rather than C1 only. */
        public Builder fullJit(boolean fullJit) {
            this.fullJit = fullJit;
            return this;
        }

        /** Which instance of the service this is (1 for the first); names its log file. */
        public Builder instance(int instance) {
            this.instance = instance;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder kafkaBootstrapServers(String kafkaBootstrapServers) {
            this.kafkaBootstrapServers = kafkaBootstrapServers;
            return this;
        }

        public Builder mongoUri(String mongoUri) {
            this.mongoUri = mongoUri;
            return this;
        }

        public Builder issuerUri(String issuerUri) {
            this.issuerUri = issuerUri;
            return this;
        }

        public Builder logDir(Path logDir) {
            this.logDir = logDir;
            return this;
        }

        /** Extra environment variables; they override the address variables if they name the same. */
        public Builder environment(Map<String, String> environment) {
            this.environment.putAll(environment);
            return this;
        }

        /** Extra {@code -Dkey=value} options of the JVM. */
        public Builder systemProperties(Map<String, String> systemProperties) {
            this.systemProperties.putAll(systemProperties);
            return this;
        }

        /** Extra options of the JVM itself, e.g. {@code -XX:StartFlightRecording=...} for a profile. */
        public Builder jvmOptions(List<String> options) {
            this.jvmOptions.addAll(options);
            return this;
        }

        public ServiceProcess build() {
            if (port <= 0) {
                throw new IllegalArgumentException("A service needs a fixed port, got " + port);
            }
            return new ServiceProcess(this);
        }
    }
}
