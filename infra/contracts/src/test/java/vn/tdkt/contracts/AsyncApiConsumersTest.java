package vn.tdkt.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The AsyncAPI document says who consumes each topic ({@code x-consumers} of its receive operation); each service's
 * {@code application.yml} says what it really binds ({@code spring.cloud.stream.bindings.*-in-0.destination}). The
 * two must name the same services, so the document cannot claim a consumer that does not exist, or miss one.
 */
class AsyncApiConsumersTest {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Path REPO = Path.of("../..").toAbsolutePath().normalize();

    @Test
    void the_documented_consumers_of_each_topic_are_the_services_that_bind_it() throws IOException {
        assertThat(documentedConsumers()).isEqualTo(boundConsumers());
    }

    /** Topic → services, from the AsyncAPI receive operations. */
    private static Map<String, Set<String>> documentedConsumers() throws IOException {
        JsonNode asyncApi;
        try (InputStream in = AsyncApiConsumersTest.class.getResourceAsStream("/contracts/asyncapi.yaml")) {
            asyncApi = YAML.readTree(in);
        }
        Map<String, Set<String>> consumers = new TreeMap<>();
        asyncApi.path("operations").properties().forEach(operation -> {
            JsonNode op = operation.getValue();
            if (!"receive".equals(op.path("action").asString())) {
                return;
            }
            String channel = op.path("channel").path("$ref").asString().replace("#/channels/", "");
            String topic = asyncApi.path("channels").path(channel).path("address").asString();
            Set<String> services = consumers.computeIfAbsent(topic, key -> new TreeSet<>());
            op.path("x-consumers").values().forEach(service -> services.add(service.asString()));
        });
        return consumers;
    }

    /** Topic → services, from every service's input bindings. */
    private static Map<String, Set<String>> boundConsumers() throws IOException {
        Map<String, Set<String>> consumers = new TreeMap<>();
        try (Stream<Path> modules = Files.list(REPO)) {
            for (Path module : modules.filter(dir -> dir.getFileName().toString().endsWith("-service")).toList()) {
                Path config = module.resolve("src/main/resources/application.yml");
                if (!Files.exists(config)) {
                    continue;
                }
                JsonNode bindings = YAML.readTree(config.toFile()).path("spring").path("cloud").path("stream")
                        .path("bindings");
                bindings.properties().forEach(binding -> {
                    if (binding.getKey().endsWith("-in-0")) {
                        consumers.computeIfAbsent(binding.getValue().path("destination").asString(),
                                key -> new TreeSet<>()).add(module.getFileName().toString());
                    }
                });
            }
        }
        return consumers;
    }
}
