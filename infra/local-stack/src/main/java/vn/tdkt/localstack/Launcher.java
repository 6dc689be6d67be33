package vn.tdkt.localstack;

import java.net.URL;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import vn.tdkt.localstack.demo.DemoDataLoader;

/**
 * What {@code ./run} does: start the stack on the fixed ports with {@code ./data}, load the demo plan once, print
 * where everything is, and wait for Ctrl-C (the stack's shutdown hook then stops every process).
 */
final class Launcher {

    private static final Logger log = LoggerFactory.getLogger(Launcher.class);

    private Launcher() {
    }

    static void run(String[] args) {
        configureLogging();
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args, LocalStack.detectRepoRoot());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(LaunchOptions.USAGE);
            return;
        }
        LocalStack stack;
        try {
            stack = LocalStack.builder()
                    .fixedPorts()
                    .dataDir(options.dataDir())
                    .services(options.services())
                    .instances(options.instances())
                    .start();
        } catch (RuntimeException e) {
            log.error("The local stack did not start: {}", e.getMessage());
            System.exit(1);
            return;
        }
        if (options.loadDemoData(stack.isMongoExternal())) {
            DemoDataLoader.loadOnce(stack, options.demoFixture());
        } else if (stack.isMongoExternal()) {
            log.info("External MongoDB: no demo data loaded (./run --demo loads it anyway)");
        }
        System.out.println(StartupBanner.render(stack));
        awaitShutdown();
    }

    /** Blocks the main thread; Ctrl-C runs the shutdown hooks, which stop the stack, and then the JVM exits. */
    private static void awaitShutdown() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The launcher's own Logback configuration (local stack at INFO, libraries at WARN), unless one was given with
     * {@code -Dlogback.configurationFile}. Not a {@code logback.xml} on the class path: that would also apply to
     * every test module that depends on this one.
     */
    private static void configureLogging() {
        if (System.getProperty("logback.configurationFile") != null
                || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        URL config = Launcher.class.getResource("launcher-logback.xml");
        if (config == null) {
            return;
        }
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(config);
        } catch (JoranException e) {
            System.err.println("Cannot configure logging from " + config + ": " + e.getMessage());
        }
    }
}
