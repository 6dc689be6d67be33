package vn.tdkt.reporting.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the service's law-as-data files (YAML under {@code src/main/resources}: report templates, scoring criteria,
 * statistical forms, the fund) into records. Unknown keys are errors, so a typo in a data file fails at start-up,
 * not silently in a report.
 */
public final class DataFiles {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // a flag left out of a data file is false, a number left out is 0
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private DataFiles() {
    }

    public static <T> T read(String classpathLocation, Class<T> type) {
        try (InputStream in = new ClassPathResource(classpathLocation).getInputStream()) {
            LoaderOptions options = new LoaderOptions();
            DumperOptions dumper = new DumperOptions();
            Object tree = new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options,
                    new DatesAsText()).load(in);
            return MAPPER.convertValue(tree, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read data file " + classpathLocation, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Data file " + classpathLocation + " is invalid: " + e.getMessage(), e);
        }
    }

    /** Leaves {@code 2025-12-15} a string (SnakeYAML would make it a {@code java.util.Date} in the JVM's zone). */
    private static final class DatesAsText extends Resolver {
        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
            if (!Tag.TIMESTAMP.equals(tag)) {
                super.addImplicitResolver(tag, regexp, first, limit);
            }
        }
    }
}
