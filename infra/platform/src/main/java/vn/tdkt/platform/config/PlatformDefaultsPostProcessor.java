package vn.tdkt.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Gives every service the platform's conventions as lowest-precedence defaults (its own application.yml and
 * the environment still win): infrastructure addresses from {@code KAFKA_BOOTSTRAP_SERVERS},
 * {@code MONGODB_URI} and {@code OAUTH2_ISSUER_URI}, retries and dead-lettering for every consumer, health
 * groups, locale. It also derives each input binding's dead-letter topic name,
 * {@code <topic>.<group>.dlq}, so no service can get the convention wrong.
 */
public class PlatformDefaultsPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String DEFAULTS_RESOURCE = "tdkt-platform-defaults.yml";
    private static final Pattern INPUT_DESTINATION =
            Pattern.compile("^spring\\.cloud\\.stream\\.bindings\\.([^.]+-in-\\d+)\\.destination$");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            List<PropertySource<?>> defaults = new YamlPropertySourceLoader()
                    .load("tdkt-platform-defaults", new ClassPathResource(DEFAULTS_RESOURCE));
            defaults.forEach(environment.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DEFAULTS_RESOURCE, e);
        }
        environment.getPropertySources().addFirst(new MapPropertySource("tdkt-dead-letter-topics",
                deadLetterTopics(environment)));
    }

    private static Map<String, Object> deadLetterTopics(ConfigurableEnvironment environment) {
        Map<String, Object> names = new HashMap<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (!(source instanceof EnumerablePropertySource<?> enumerable)) {
                continue;
            }
            for (String property : enumerable.getPropertyNames()) {
                Matcher matcher = INPUT_DESTINATION.matcher(property);
                if (!matcher.matches()) {
                    continue;
                }
                String binding = matcher.group(1);
                String dlqProperty = "spring.cloud.stream.kafka.bindings." + binding + ".consumer.dlq-name";
                if (environment.containsProperty(dlqProperty) || names.containsKey(dlqProperty)) {
                    continue;
                }
                String destination = environment.getProperty(property);
                String group = environment.getProperty("spring.cloud.stream.bindings." + binding + ".group",
                        environment.getProperty("spring.application.name", "app"));
                names.put(dlqProperty, destination + "." + group + ".dlq");
            }
        }
        return names;
    }

    @Override
    public int getOrder() {
        // After application.yml has been loaded (ConfigDataEnvironmentPostProcessor), so bindings are visible.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
