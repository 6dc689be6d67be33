package vn.tdkt.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the services' own configuration says, read from the repository: which environment variables each one reads
 * (the {@code ${VAR:default}} placeholders of its application*.yml and of the platform defaults), its port, the topic
 * its outbox publishes to, and the destinations it consumes with their consumer group.
 */
final class ServiceCatalog {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
    static final Path PLATFORM_DEFAULTS = Path.of("infra/platform/src/main/resources/tdkt-platform-defaults.yml");

    record Binding(String destination, String group) {

        String deadLetterTopic() {
            return destination + "." + group + ".dlq";
        }
    }

    record Service(String name, Set<String> environment, int port, String outboxTopic, List<Binding> bindings) {
    }

    private ServiceCatalog() {
    }

    static List<Service> services() {
        Path root = Repo.root();
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(d -> d.getFileName().toString().endsWith("-service"))
                    .filter(d -> Files.exists(d.resolve("src/main/resources/application.yml")))
                    .sorted().map(ServiceCatalog::readService).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Service service(String name) {
        return services().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    private static Service readService(Path dir) {
        List<Path> files = new ArrayList<>(applicationFiles(dir));
        files.add(Repo.root().resolve(PLATFORM_DEFAULTS));
        Set<String> environment = new TreeSet<>();
        for (Path file : files) {
            Matcher m = PLACEHOLDER.matcher(Repo.text(file));
            while (m.find()) {
                environment.add(m.group(1));
            }
        }
        Map<String, Object> application = Yamls.map(Yamls.load(dir.resolve("src/main/resources/application.yml")));
        String name = Yamls.stringAt(application, "spring.application.name");
        int port = Integer.parseInt(placeholderDefault(Yamls.stringAt(application, "server.port")));
        String outboxTopic = Yamls.stringAt(application, "tdkt.outbox.topic");
        List<Binding> bindings = new ArrayList<>();
        Yamls.mapAt(application, "spring.cloud.stream.bindings").forEach((binding, settings) -> {
            String destination = Yamls.stringAt(settings, "destination");
            String group = Yamls.stringAt(settings, "group");
            if (destination != null) {
                // the platform defaults make the consumer group the application name
                bindings.add(new Binding(destination,
                        group != null ? group.replace("${spring.application.name}", name) : name));
            }
        });
        return new Service(name, environment, port, outboxTopic, bindings);
    }

    private static List<Path> applicationFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir.resolve("src/main/resources"))) {
            return files.filter(f -> f.getFileName().toString().matches("application.*\\.ya?ml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String placeholderDefault(String value) {
        Matcher m = PLACEHOLDER.matcher(value);
        return m.matches() ? m.group(2) : value;
    }

    static Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        services().forEach(s -> names.add(s.name()));
        return names;
    }
}
