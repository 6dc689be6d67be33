package vn.tdkt.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.tdkt.localstack.auth.AuthServer;
import vn.tdkt.localstack.auth.DemoClients;
import vn.tdkt.localstack.auth.TokenClient;
import vn.tdkt.localstack.kafka.KafkaBroker;
import vn.tdkt.localstack.kafka.TopicCatalog;
import vn.tdkt.localstack.kafka.TopicCreator;
import vn.tdkt.localstack.mail.MailCatcher;
import vn.tdkt.localstack.mongo.MongoWireServer;
import vn.tdkt.localstack.mongo.StoreLayout;
import vn.tdkt.localstack.service.ServiceProcess;
import vn.tdkt.localstack.support.Ports;

/**
 * The whole platform on one machine: Apache Kafka (KRaft, separate JVM), the MongoDB-wire server and the OAuth2
 * authorization server (both in this JVM), then the four services as child JVMs from their executable jars.
 *
 * <p>{@code ./run} uses the fixed ports listed in the README and {@code ./data}; tests use free ports and a temporary
 * folder, so they never collide with a running {@code ./run}. When {@code KAFKA_BOOTSTRAP_SERVERS}, {@code MONGODB_URI}
 * or {@code OAUTH2_ISSUER_URI} is set, that piece is not started and the services get the external address.
 * {@link #close()} (also run by a shutdown hook, e.g. on Ctrl-C) stops everything in reverse order.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    public static final List<String> SERVICES =
            List.of("plan-service", "nomination-service", "reporting-service", "notification-service");

    /** Fixed ports of {@code ./run}. */
    public static final int KAFKA_PORT = 9092;
    public static final int MONGO_PORT = 27017;
    public static final int AUTH_PORT = 9000;
    public static final Map<String, Integer> SERVICE_PORTS = Map.of(
            "plan-service", 8081,
            "nomination-service", 8082,
            "reporting-service", 8083,
            "notification-service", 8084);

    public static final int SMTP_PORT = 2525;
    public static final int MAIL_WEB_PORT = 8025;
    /** Instance k of a service listens on its port + 100 × (k − 1) with {@code ./run --instances}. */
    public static final int INSTANCE_PORT_STEP = 100;

    public static final String KAFKA_ENV = "KAFKA_BOOTSTRAP_SERVERS";
    public static final String MONGO_ENV = "MONGODB_URI";
    public static final String ISSUER_ENV = "OAUTH2_ISSUER_URI";

    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private final Path dataDir;
    private final boolean deleteDataDirOnClose;
    private final Path repoRoot;
    private final KafkaBroker kafka;
    private final MongoWireServer mongo;
    private final AuthServer auth;
    private final String bootstrapServers;
    private final String mongoUri;
    private final String issuerUri;
    /** Every service process by instance name ({@code plan-service}, {@code plan-service-2}, …). */
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final List<String> serviceNames = new ArrayList<>();
    private final int instances;
    private final MailCatcher mail;
    private final Duration serviceStartupTimeout;
    private final int serviceParallelism;
    private final TokenClient tokens;
    private final Map<String, Duration> startupTimes = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread shutdownHook = new Thread(this::close, "local-stack-shutdown");
    /** Pools of running startup tasks, so that close() (e.g. Ctrl-C during startup) can interrupt them first. */
    private final List<ExecutorService> startupPools = new CopyOnWriteArrayList<>();
    private volatile Duration totalStartupTime = Duration.ZERO;

    private LocalStack(Builder builder, Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath();
        this.deleteDataDirOnClose = builder.dataDir == null && !builder.fixedPorts;
        this.repoRoot = (builder.repoRoot != null ? builder.repoRoot : detectRepoRoot()).toAbsolutePath().normalize();
        String externalKafka = nonBlank(builder.environment.get(KAFKA_ENV));
        String externalMongo = nonBlank(builder.environment.get(MONGO_ENV));
        String externalIssuer = nonBlank(builder.environment.get(ISSUER_ENV));
        if (externalMongo == null) {
            StoreLayout.prepare(this.dataDir);
        }
        this.kafka = externalKafka == null ? new KafkaBroker(this.dataDir, builder.port(KAFKA_PORT)) : null;
        this.mongo = externalMongo == null ? new MongoWireServer(this.dataDir, builder.port(MONGO_PORT)) : null;
        this.auth = externalIssuer == null ? new AuthServer(this.dataDir, builder.port(AUTH_PORT)) : null;
        this.bootstrapServers = kafka != null ? kafka.bootstrapServers() : externalKafka;
        this.mongoUri = mongo != null ? mongo.connectionString() : externalMongo;
        this.issuerUri = auth != null ? auth.issuerUri() : externalIssuer;
        this.tokens = new TokenClient(issuerUri);
        this.serviceStartupTimeout = builder.serviceStartupTimeout;
        this.serviceParallelism = builder.serviceParallelism;
        this.mail = builder.mailCatcher ? new MailCatcher(builder.port(SMTP_PORT), builder.port(MAIL_WEB_PORT)) : null;
        this.instances = builder.instances;
        // Locating the jars first fails fast, before anything is started, if the services were not built.
        for (String name : builder.services) {
            this.serviceNames.add(name);
            for (int instance = 1; instance <= builder.instances; instance++) {
                Map<String, String> environment = new LinkedHashMap<>();
                if (mail != null) {
                    environment.put("SMTP_HOST", "localhost");
                    environment.put("SMTP_PORT", Integer.toString(mail.smtpPort()));
                }
                // one consumer thread per partition across the instances: a thread mostly waits on MongoDB round
                // trips, so on one machine the partitions are worked in parallel instead of three at a time
                environment.put("TDKT_CONSUMER_CONCURRENCY", Integer.toString(
                        Math.max(1, TopicCatalog.EVENT_TOPIC_PARTITIONS / builder.instances)));
                environment.putAll(builder.serviceEnvironment.getOrDefault(name, Map.of()));
                ServiceProcess process = ServiceProcess.builder(name)
                        .instance(instance)
                        .fromRepository(repoRoot)
                        .port(builder.fixedPorts ? SERVICE_PORTS.get(name) + INSTANCE_PORT_STEP * (instance - 1)
                                : Ports.freePort())
                        .kafkaBootstrapServers(bootstrapServers)
                        .mongoUri(mongoUri)
                        .issuerUri(issuerUri)
                        .logDir(this.dataDir.resolve("logs"))
                        .fullJit(builder.fullJit)
                        .environment(environment)
                        .systemProperties(builder.serviceSystemProperties.getOrDefault(name, Map.of()))
                        .jvmOptions(builder.serviceJvmOptions.getOrDefault(name, List.of()))
                        .build();
                services.put(process.name(), process);
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Entry point of {@code ./run}: see {@link Launcher}. */
    public static void main(String[] args) {
        Launcher.run(args);
    }

    private void startAll() {
        long begin = System.nanoTime();
        ExecutorService infrastructurePool = startupPool(3, "local-stack-start");
        try {
            log.info("Starting the local stack in {} (Kafka {}, MongoDB {}, issuer {})", dataDir,
                    describe(kafka, bootstrapServers), describe(mongo, mongoUri), describe(auth, issuerUri));
            List<Future<?>> infrastructure = new ArrayList<>();
            if (kafka != null) {
                infrastructure.add(infrastructurePool.submit(() -> timed("kafka", kafka::start)));
            }
            if (mongo != null) {
                infrastructure.add(infrastructurePool.submit(() -> timed("mongo", mongo::start)));
            }
            if (auth != null) {
                infrastructure.add(infrastructurePool.submit(() -> timed("auth", auth::start)));
            }
            if (mail != null) {
                infrastructure.add(infrastructurePool.submit(() -> timed("mail", mail::start)));
            }
            awaitAll(infrastructure);
            timed("topics", this::createTopics);
            startServices();
        } finally {
            finish(infrastructurePool);
        }
        totalStartupTime = Duration.ofNanos(System.nanoTime() - begin);
        log.info("Local stack started in {}", seconds(totalStartupTime));
    }

    private void createTopics() {
        try {
            TopicCreator.createCatalogTopics(bootstrapServers);
        } catch (RuntimeException e) {
            if (kafka != null) {
                throw e;
            }
            log.warn("Cannot create the topics on the external Kafka {}: {}", bootstrapServers, e.getMessage());
        }
    }

    /** At most {@code serviceParallelism} services start at a time: each one keeps a core busy while it starts. */
    private void startServices() {
        ExecutorService pool = startupPool(serviceParallelism, "local-stack-service");
        try {
            List<Future<?>> starts = new ArrayList<>();
            for (ServiceProcess service : services.values()) {
                starts.add(pool.submit(() -> {
                    if (!closed.get()) {
                        timed(service.name(), () -> service.start(serviceStartupTimeout));
                    }
                }));
            }
            awaitAll(starts);
        } finally {
            finish(pool);
        }
    }

    private ExecutorService startupPool(int threads, String name) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads(name));
        startupPools.add(pool);
        return pool;
    }

    /** Interrupts what is left and waits, so that a failed start has cleaned up before close() runs. */
    private void finish(ExecutorService pool) {
        pool.shutdownNow();
        awaitTermination(pool);
        startupPools.remove(pool);
    }

    /** Waits for every task; on the first failure the others are interrupted (which stops what they started). */
    private static void awaitAll(Collection<Future<?>> futures) {
        RuntimeException failure = null;
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException runtime ? runtime
                            : new IllegalStateException(e.getCause());
                    futures.forEach(other -> other.cancel(true));
                }
            } catch (CancellationException e) {
                // cancelled after another task failed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                futures.forEach(other -> other.cancel(true));
                throw new IllegalStateException("Interrupted while starting the local stack", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void timed(String component, Runnable start) {
        long begin = System.nanoTime();
        start.run();
        Duration took = Duration.ofNanos(System.nanoTime() - begin);
        startupTimes.put(component, took);
        log.info("{} started in {}", component, seconds(took));
    }

    /** Stops the services (in parallel), then the authorization server, Kafka and MongoDB. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        removeShutdownHook();
        startupPools.forEach(ExecutorService::shutdownNow);
        startupPools.forEach(LocalStack::awaitTermination);
        List<Thread> stops = services.values().stream()
                .map(service -> new Thread(() -> stopQuietly(service.name(), service::stop), "stop-" + service.name()))
                .toList();
        stops.forEach(Thread::start);
        stops.forEach(LocalStack::join);
        if (auth != null) {
            stopQuietly("auth", auth::stop);
        }
        if (mail != null) {
            stopQuietly("mail", mail::stop);
        }
        if (kafka != null) {
            stopQuietly("kafka", kafka::stop);
        }
        if (mongo != null) {
            stopQuietly("mongo", mongo::stop);
        }
        if (deleteDataDirOnClose) {
            deleteRecursively(dataDir);
        }
        log.info("Local stack stopped");
    }

    // ---- addresses and handles ------------------------------------------------------------------------------

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String mongoUri() {
        return mongoUri;
    }

    public String issuerUri() {
        return issuerUri;
    }

    /** {@code http://localhost:<port>} of a started service (its first instance, or the instance named). */
    public String serviceUrl(String name) {
        return service(name).url();
    }

    /** A started service process by service or instance name, e.g. to stop, kill or restart it in a fault test. */
    public ServiceProcess service(String name) {
        ServiceProcess service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException(name + " is not part of this stack; started: " + services.keySet());
        }
        return service;
    }

    /** Every instance of one service, first instance first. */
    public List<ServiceProcess> instances(String service) {
        return services.values().stream().filter(process -> process.service().equals(service)).toList();
    }

    /** How many instances of each service run. */
    public int instanceCount() {
        return instances;
    }

    /** Names of the services of this stack, in start order (one name per service, whatever the instances). */
    public List<String> serviceNames() {
        return List.copyOf(serviceNames);
    }

    /** The SMTP catcher every service sends its e-mail to; fails when it was switched off. */
    public MailCatcher mail() {
        if (mail == null) {
            throw new IllegalStateException("this stack runs without the mail catcher");
        }
        return mail;
    }

    public boolean hasMailCatcher() {
        return mail != null;
    }

    /** The local broker, to stop and start it; fails when Kafka is external. */
    public KafkaBroker kafka() {
        if (kafka == null) {
            throw new IllegalStateException("Kafka is external (" + KAFKA_ENV + "=" + bootstrapServers + ")");
        }
        return kafka;
    }

    /** The local MongoDB-wire server; fails when MongoDB is external. */
    public MongoWireServer mongo() {
        if (mongo == null) {
            throw new IllegalStateException("MongoDB is external (" + MONGO_ENV + "=" + mongoUri + ")");
        }
        return mongo;
    }

    public boolean isKafkaExternal() {
        return kafka == null;
    }

    public boolean isMongoExternal() {
        return mongo == null;
    }

    public boolean isIssuerExternal() {
        return auth == null;
    }

    /** An access token from the issuer with the client-credentials grant. */
    public String token(String clientId, String secret) {
        return tokens.token(clientId, secret);
    }

    /** An access token for one of the {@link DemoClients}. */
    public String token(String demoClientId) {
        return token(demoClientId, DemoClients.get(demoClientId).secret());
    }

    public String tokenEndpoint() {
        return tokens.tokenEndpoint();
    }

    /** Startup time per component (kafka, mongo, auth, topics, each service), in start order. */
    public Map<String, Duration> startupTimes() {
        List<String> order = new ArrayList<>(List.of("kafka", "mongo", "auth", "mail", "topics"));
        order.addAll(services.keySet()); // every instance
        Map<String, Duration> ordered = new LinkedHashMap<>();
        order.stream().filter(startupTimes::containsKey).forEach(name -> ordered.put(name, startupTimes.get(name)));
        return ordered;
    }

    public Duration totalStartupTime() {
        return totalStartupTime;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path repoRoot() {
        return repoRoot;
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private void removeShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: this close() is probably the hook itself
        }
    }

    private static void stopQuietly(String component, Runnable stop) {
        try {
            stop.run();
        } catch (RuntimeException e) {
            log.warn("Cannot stop {} cleanly: {}", component, e.getMessage(), e);
        }
    }

    private static void awaitTermination(ExecutorService pool) {
        try {
            if (!pool.awaitTermination(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                log.warn("Startup tasks still running after {} s", SHUTDOWN_WAIT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static String describe(Object localComponent, String address) {
        return address + (localComponent == null ? " (external)" : "");
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The folder with {@code mvnw} and {@code infra/local-stack}, looking up from the working directory. */
    static Path detectRepoRoot() {
        Path workingDir = Path.of("").toAbsolutePath();
        for (Path dir = workingDir; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.exists(dir.resolve("infra/local-stack/pom.xml"))) {
                return dir;
            }
        }
        return workingDir;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.debug("Cannot delete {}", dir, e);
        }
    }

    /** Settings of a local stack; {@link #start()} starts it and returns it running. */
    public static final class Builder {

        private Path dataDir;
        private Path repoRoot;
        private boolean fixedPorts;
        private List<String> services = SERVICES;
        private final Map<String, Map<String, String>> serviceEnvironment = new LinkedHashMap<>();
        private final Map<String, Map<String, String>> serviceSystemProperties = new LinkedHashMap<>();
        private final Map<String, List<String>> serviceJvmOptions = new LinkedHashMap<>();
        private Map<String, String> environment = System.getenv();
        private Duration serviceStartupTimeout = Duration.ofMinutes(3);
        private int serviceParallelism = 2;
        private int instances = 1;
        private boolean mailCatcher = true;
        private boolean fullJit;

        private Builder() {
        }

        /** Data folder (Kafka logs, Mongo store, signing key, logs). Default: {@code ./data} with fixed ports,
         * otherwise a temporary folder deleted on close. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        /** Where the service modules are built. Default: found from the working directory. */
        public Builder repoRoot(Path repoRoot) {
            this.repoRoot = repoRoot;
            return this;
        }

        /** The ports of {@code ./run}: Kafka 9092, MongoDB 27017, issuer 9000, services 8081–8084. */
        public Builder fixedPorts() {
            this.fixedPorts = true;
            return this;
        }

        /** Free ports for everything (the default), so that tests run beside a {@code ./run}. */
        public Builder ephemeralPorts() {
            this.fixedPorts = false;
            return this;
        }

        /** Which services to start (default all four); none for only the infrastructure. */
        public Builder services(String... names) {
            return services(List.of(names));
        }

        public Builder services(Collection<String> names) {
            List<String> unknown = names.stream().filter(name -> !SERVICES.contains(name)).toList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("Unknown services " + unknown + "; known: " + SERVICES);
            }
            // Always in the canonical order, so that start order and reports do not depend on the caller.
            this.services = SERVICES.stream().filter(names::contains).toList();
            return this;
        }

        /** Extra environment variables for one service (e.g. a feature switch for a test). */
        public Builder serviceEnvironment(String service, String name, String value) {
            serviceEnvironment.computeIfAbsent(service, key -> new LinkedHashMap<>()).put(name, value);
            return this;
        }

        /** Extra {@code -D} system properties for one service. */
        public Builder serviceSystemProperty(String service, String name, String value) {
            serviceSystemProperties.computeIfAbsent(service, key -> new LinkedHashMap<>()).put(name, value);
            return this;
        }

        /** Extra {@code -D} system property for every service. */
        public Builder allServicesSystemProperty(String name, String value) {
            SERVICES.forEach(service -> serviceSystemProperty(service, name, value));
            return this;
        }

        /** Extra environment variable for every service. */
        public Builder allServicesEnvironment(String name, String value) {
            SERVICES.forEach(service -> serviceEnvironment(service, name, value));
            return this;
        }

        /** An option of one service's JVM itself, e.g. {@code -XX:StartFlightRecording=...} to profile it. */
        public Builder serviceJvmOption(String service, String option) {
            serviceJvmOptions.computeIfAbsent(service, key -> new ArrayList<>()).add(option);
            return this;
        }

        /** Where the {@code KAFKA_BOOTSTRAP_SERVERS}/{@code MONGODB_URI}/{@code OAUTH2_ISSUER_URI} overrides are
         * read; default the process environment. */
        public Builder environment(Map<String, String> environment) {
            this.environment = Map.copyOf(environment);
            return this;
        }

        /** Runs {@code count} instances of each service (other ports, same database and consumer groups). */
        public Builder instances(int count) {
            if (count < 1 || count > 9) {
                throw new IllegalArgumentException("instances must be between 1 and 9, got " + count);
            }
            this.instances = count;
            return this;
        }

        /** Whether to run the SMTP catcher (default yes); the services' e-mail goes to it. */
        public Builder mailCatcher(boolean enabled) {
            this.mailCatcher = enabled;
            return this;
        }

        /**
         * Runs the services with the full JIT (C2) instead of C1 only: slower to start, about half the CPU per
         * request once warm. For load measurements; {@code ./run} keeps C1.
         */
        public Builder fullJit(boolean fullJit) {
            this.fullJit = fullJit;
            return this;
        }

        public Builder serviceStartupTimeout(Duration timeout) {
            this.serviceStartupTimeout = timeout;
            return this;
        }

        /** How many services start at the same time (default 2, one per core of the reference machine). */
        public Builder serviceParallelism(int parallelism) {
            if (parallelism < 1) {
                throw new IllegalArgumentException("parallelism must be at least 1");
            }
            this.serviceParallelism = parallelism;
            return this;
        }

        /**
         * Starts everything and returns once all services are ready. On failure everything already started is
         * stopped again and the exception says which component failed (with the end of its log).
         */
        public LocalStack start() {
            Path resolvedDataDir = resolveDataDir();
            LocalStack stack;
            try {
                stack = new LocalStack(this, resolvedDataDir);
            } catch (RuntimeException e) {
                if (dataDir == null && !fixedPorts) {
                    deleteRecursively(resolvedDataDir);
                }
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(stack.shutdownHook);
            try {
                stack.startAll();
                return stack;
            } catch (RuntimeException e) {
                // Closed already means the shutdown hook ran (Ctrl-C during startup): the failure is a consequence.
                boolean shuttingDown = stack.closed.get();
                stack.close();
                if (shuttingDown) {
                    throw new IllegalStateException("Startup interrupted: the local stack is shutting down", e);
                }
                throw e;
            }
        }

        private Path resolveDataDir() {
            try {
                if (dataDir != null) {
                    return Files.createDirectories(dataDir);
                }
                return fixedPorts ? Files.createDirectories(Path.of("data"))
                        : Files.createTempDirectory("tdkt-local-stack-");
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the data folder", e);
            }
        }

        private int port(int fixedPort) {
            return fixedPorts ? fixedPort : Ports.freePort();
        }
    }
}
