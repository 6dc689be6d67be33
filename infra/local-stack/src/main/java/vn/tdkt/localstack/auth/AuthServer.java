package vn.tdkt.localstack.auth;

import java.nio.file.Path;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;

import vn.tdkt.localstack.support.Ports;

/**
 * The local OAuth2 authorization server (Spring Authorization Server), started in this JVM as its own Spring
 * application. Clients are {@link DemoClients#ALL} with the client-credentials grant; access tokens are RS256 JWTs
 * with {@code unit} and {@code roles} claims, valid for 8 hours, signed with a key kept in {@code <dataDir>/auth/}.
 * The issuer is {@code http://localhost:<port>}.
 */
public final class AuthServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AuthServer.class);

    private final Path keyFile;
    private final int port;
    private ConfigurableApplicationContext context;

    /**
     * @param stackDataDir the local stack's data folder; the signing key is {@code auth/signing-key.jwk.json} in it
     * @param port         the port, 0 for a free one (chosen now, because the issuer URI contains it)
     */
    public AuthServer(Path stackDataDir, int port) {
        this.keyFile = stackDataDir.resolve("auth").resolve("signing-key.jwk.json").toAbsolutePath();
        this.port = Ports.resolve(port);
    }

    public synchronized void start() {
        if (context != null) {
            return;
        }
        // An embedded Spring application would otherwise reconfigure the host JVM's Logback (the launcher's or a
        // test's configuration) with Boot's defaults. Only set when nobody chose a logging system already.
        if (System.getProperty(LoggingSystem.SYSTEM_PROPERTY) == null) {
            System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        }
        // What Boot's logging system would have done: route Tomcat's java.util.logging output to SLF4J.
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
        context = new SpringApplicationBuilder(AuthServerConfiguration.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .properties(Map.of(
                        "spring.application.name", "tdkt-local-auth-server",
                        "spring.jmx.enabled", "false",
                        "server.shutdown", "immediate"))
                // Command-line arguments outrank environment variables and system properties (SERVER_PORT set for
                // a service must not move this server), and a private config name keeps application.yml files of
                // other modules on the class path out of it.
                .run("--spring.config.name=tdkt-local-auth-server",
                        "--server.port=" + port,
                        "--" + AuthServerConfiguration.ISSUER_PROPERTY + "=" + issuerUri(),
                        "--" + AuthServerConfiguration.KEY_FILE_PROPERTY + "=" + keyFile);
        log.info("Authorization server ready, issuer {}", issuerUri());
    }

    public synchronized void stop() {
        if (context != null) {
            context.close();
            context = null;
            log.info("Authorization server on port {} stopped", port);
        }
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized boolean isRunning() {
        return context != null;
    }

    public String issuerUri() {
        return "http://localhost:" + port;
    }

    public String tokenUri() {
        return issuerUri() + "/oauth2/token";
    }

    public int port() {
        return port;
    }
}
