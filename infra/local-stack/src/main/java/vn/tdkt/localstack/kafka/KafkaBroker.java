package vn.tdkt.localstack.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kafka.tools.StorageTool;
import vn.tdkt.localstack.support.ChildProcess;
import vn.tdkt.localstack.support.RestartableChild;
import vn.tdkt.localstack.support.JavaCommand;
import vn.tdkt.localstack.support.Ports;
import vn.tdkt.localstack.support.StartupWait;

/**
 * A real Apache Kafka broker in KRaft mode (one node, broker and controller combined), run as a separate JVM
 * ({@code kafka.Kafka}) so that stopping it really closes its sockets and files, as a broker outage does.
 *
 * <p>Data lives under {@code <dataDir>/kafka}; the storage is formatted on the first start with a cluster id kept in
 * {@code <dataDir>/kafka/cluster.id}. {@link #stop()} and {@link #start()} can be called repeatedly: the broker comes
 * back on the same port with the same data. {@link #kill()} is a crashed broker: no controlled shutdown, nothing
 * flushed beyond what the OS already has; the next start recovers its logs.
 */
public final class KafkaBroker extends RestartableChild {

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);
    /** SIGTERM runs the broker's controlled shutdown (logs flushed); SIGKILL after this. */
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(60);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);
    private static final String NODE_ID = "1";

    private final Path kafkaDir;
    private final Path logDir;
    private final Path logFile;
    private final int port;
    private final int controllerPort;

    /**
     * @param stackDataDir the local stack's data folder; the broker uses {@code kafka/} and {@code logs/kafka.log}
     * @param port         the client port, 0 for a free one (kept across restarts of this instance)
     */
    public KafkaBroker(Path stackDataDir, int port) {
        super(SHUTDOWN_GRACE);
        this.kafkaDir = stackDataDir.resolve("kafka").toAbsolutePath();
        this.logDir = kafkaDir.resolve("data");
        this.logFile = stackDataDir.resolve("logs").resolve("kafka.log").toAbsolutePath();
        this.port = Ports.resolve(port);
        // The controller listener is internal to the node; a free port is enough, and the static voter set in the
        // generated configuration follows it, so it may differ from one launcher run to the next.
        this.controllerPort = Ports.freePort();
    }

    /**
     * Formats the storage if needed, starts the broker and waits until it answers a describeCluster request. The
     * wait happens outside the lock, so that {@link #stop()} (e.g. from a shutdown hook) is never blocked by it.
     */
    public void start() {
        launch(() -> ChildProcess.start("kafka", prepare(), logFile), this::awaitReady);
    }

    private ProcessBuilder prepare() {
        try {
            Files.createDirectories(logDir);
            Path serverProperties = writeServerProperties();
            formatStorageIfNeeded(serverProperties);
            return command(serverProperties, writeLogbackConfig());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the Kafka broker in " + kafkaDir, e);
        }
    }

    @Override
    protected String description() {
        return "Kafka broker on port " + port;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** Creates the topics that do not exist yet. */
    public void createTopics(Collection<NewTopic> topics) {
        TopicCreator.create(bootstrapServers(), topics);
    }

    /** Creates every topic of {@link TopicCatalog}. */
    public void createCatalogTopics() {
        TopicCreator.createCatalogTopics(bootstrapServers());
    }

    private ProcessBuilder command(Path serverProperties, Path logbackConfig) {
        List<String> command = List.of(
                JavaCommand.executable(),
                "-Xms128m", "-Xmx512m",
                "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20",
                "-XX:+ExitOnOutOfMemoryError",
                "-Djava.awt.headless=true",
                "-Dlogback.configurationFile=" + logbackConfig,
                "-cp", BrokerClasspath.resolve(),
                "kafka.Kafka", serverProperties.toString());
        return new ProcessBuilder(command).directory(kafkaDir.toFile());
    }

    private Path writeServerProperties() throws IOException {
        String properties = String.join(System.lineSeparator(),
                "# Generated by the local stack at each start; edits are overwritten.",
                "process.roles=broker,controller",
                "node.id=" + NODE_ID,
                "controller.quorum.voters=" + NODE_ID + "@localhost:" + controllerPort,
                "listeners=PLAINTEXT://:" + port + ",CONTROLLER://localhost:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + logDir,
                "num.partitions=" + TopicCatalog.EVENT_TOPIC_PARTITIONS,
                "default.replication.factor=1",
                "min.insync.replicas=1",
                "auto.create.topics.enable=false",
                "offsets.topic.replication.factor=1",
                // 50 partitions by default: creating them on the first consumer group costs seconds on 2 cores.
                "offsets.topic.num.partitions=10",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=10",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "num.network.threads=2",
                "num.io.threads=4",
                "log.retention.hours=168",
                "")
                + System.lineSeparator();
        Path file = kafkaDir.resolve("server.properties");
        Files.writeString(file, properties, StandardCharsets.UTF_8);
        return file;
    }

    private Path writeLogbackConfig() throws IOException {
        Path file = kafkaDir.resolve("logback.xml");
        try (InputStream in = KafkaBroker.class.getResourceAsStream("broker-logback.xml")) {
            if (in == null) {
                throw new IllegalStateException("broker-logback.xml is missing from the class path");
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /**
     * Runs {@code kafka-storage format} in this JVM ({@link StorageTool#execute} returns an exit code instead of
     * exiting), once: an existing {@code meta.properties} means the storage already belongs to the cluster.
     */
    private void formatStorageIfNeeded(Path serverProperties) throws IOException {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        String clusterId = clusterId();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exitCode;
        try (PrintStream printStream = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            exitCode = StorageTool.execute(
                    new String[] {"format", "--cluster-id", clusterId, "--config", serverProperties.toString()},
                    printStream);
        }
        String message = output.toString(StandardCharsets.UTF_8).trim();
        if (exitCode != 0) {
            throw new IllegalStateException("Formatting Kafka storage failed (" + exitCode + "): " + message);
        }
        log.info("Formatted Kafka storage in {} for cluster {}", logDir, clusterId);
    }

    private String clusterId() throws IOException {
        Path file = kafkaDir.resolve("cluster.id");
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        String clusterId = Uuid.randomUuid().toString();
        Files.writeString(file, clusterId, StandardCharsets.UTF_8);
        return clusterId;
    }

    private void awaitReady(ChildProcess launched) {
        StartupWait wait = new StartupWait(launched, "Kafka broker", STARTUP_TIMEOUT);
        // Wait for the socket first: an admin client pointed at a closed port logs a warning per retry.
        while (!Ports.isListening(port)) {
            wait.pause(POLL_INTERVAL);
        }
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000))) {
            while (!hasLiveNode(admin)) {
                wait.pause(POLL_INTERVAL);
            }
        }
        log.info("Kafka broker ready on {} (pid {})", bootstrapServers(), launched.pid());
    }

    private static boolean hasLiveNode(Admin admin) {
        try {
            Collection<Node> nodes = admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
            return !nodes.isEmpty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        } catch (Exception e) {
            return false;
        }
    }
}
