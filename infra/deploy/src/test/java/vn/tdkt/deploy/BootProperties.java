package vn.tdkt.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The configuration properties the services' class path declares (every {@code META-INF/spring-configuration-
 * metadata.json} and its additional metadata): an environment variable such as
 * {@code SPRING_MAIL_PROPERTIES_MAIL_SMTP_AUTH} is read only if Spring Boot's relaxed binding maps it onto one of
 * them (upper case, underscores for dots, dashes dropped; the rest of the name is a key of a Map property).
 */
final class BootProperties {

    /** Canonical name (lower case, no dashes) → whether the property is a Map that takes further keys. */
    private final Map<String, Boolean> properties = new HashMap<>();

    static BootProperties fromClassPath() {
        BootProperties result = new BootProperties();
        JsonMapper mapper = JsonMapper.builder().build();
        for (String resource : new String[] {"META-INF/spring-configuration-metadata.json",
                "META-INF/additional-spring-configuration-metadata.json"}) {
            try {
                for (URL url : Collections.list(BootProperties.class.getClassLoader().getResources(resource))) {
                    try (InputStream in = url.openStream()) {
                        JsonNode root = mapper.readTree(in);
                        for (JsonNode property : root.path("properties")) {
                            String type = property.path("type").asString("");
                            result.properties.merge(canonical(property.path("name").asString()),
                                    type.startsWith("java.util.Map"), Boolean::logicalOr);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return result;
    }

    int size() {
        return properties.size();
    }

    boolean binds(String environmentVariable) {
        String name = environmentVariable.toLowerCase(Locale.ROOT).replace('_', '.');
        if (properties.containsKey(name)) {
            return true;
        }
        for (int dot = name.lastIndexOf('.'); dot > 0; dot = name.lastIndexOf('.', dot - 1)) {
            if (Boolean.TRUE.equals(properties.get(name.substring(0, dot)))) {
                return true;
            }
        }
        return false;
    }

    private static String canonical(String propertyName) {
        return propertyName.toLowerCase(Locale.ROOT).replace("-", "");
    }
}
