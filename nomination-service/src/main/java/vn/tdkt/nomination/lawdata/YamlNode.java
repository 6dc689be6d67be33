package vn.tdkt.nomination.lawdata;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.tdkt.platform.text.TextNormalizer;

/**
 * A YAML value with the path it was read from, so that every error names the file and field ("rules/nd152-2025.yaml:
 * rules[3].condition: ..."). Only safe types are constructed (no arbitrary classes); text is NFC-normalised.
 */
public final class YamlNode {

    private final String path;
    private final Object value;

    private YamlNode(String path, Object value) {
        this.path = path;
        this.value = value;
    }

    /** Reads a classpath resource, e.g. {@code rules/nd152-2025.yaml}. */
    public static YamlNode classpath(String resource) {
        InputStream in = YamlNode.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new LawDataException(resource + ": not found on the classpath");
        }
        try (in) {
            return parse(resource, new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LawDataException(resource + ": cannot be read", e);
        }
    }

    public static YamlNode parse(String name, String text) {
        return parse(name, new StringReader(text));
    }

    public static YamlNode parse(String name, Reader reader) {
        try {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            return new YamlNode(name + ":", root);
        } catch (RuntimeException e) {
            throw new LawDataException(name + ": not valid YAML: " + e.getMessage(), e);
        }
    }

    public String path() {
        return path;
    }

    public boolean isNull() {
        return value == null;
    }

    public boolean has(String key) {
        return map().containsKey(key) && map().get(key) != null;
    }

    public YamlNode get(String key) {
        return new YamlNode(path + (path.endsWith(":") ? " " : ".") + key, map().get(key));
    }

    /** The keys of a mapping, in file order. */
    public List<String> keys() {
        return map().keySet().stream().map(String::valueOf).toList();
    }

    public List<YamlNode> list(String key) {
        YamlNode node = get(key);
        if (node.value == null) {
            return List.of();
        }
        if (!(node.value instanceof List<?> items)) {
            throw node.error("expected a list");
        }
        List<YamlNode> nodes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            nodes.add(new YamlNode(node.path + "[" + i + "]", items.get(i)));
        }
        return nodes;
    }

    public String requiredString(String key) {
        String text = string(key);
        if (text == null || text.isBlank()) {
            throw get(key).error("is required");
        }
        return text;
    }

    public String string(String key) {
        return optional(key, YamlNode::asString);
    }

    public String asString() {
        if (value == null || value instanceof Map<?, ?> || value instanceof List<?>) {
            throw error("expected text");
        }
        return TextNormalizer.nfc(String.valueOf(value).strip());
    }

    public List<String> strings(String key) {
        return list(key).stream().map(YamlNode::asString).toList();
    }

    public LocalDate date(String key) {
        return optional(key, YamlNode::asDate);
    }

    public LocalDate requiredDate(String key) {
        LocalDate date = date(key);
        if (date == null) {
            throw get(key).error("is required");
        }
        return date;
    }

    public Integer integer(String key) {
        return optional(key, YamlNode::asInteger);
    }

    public BigDecimal decimal(String key) {
        return optional(key, YamlNode::asDecimal);
    }

    public boolean bool(String key, boolean defaultValue) {
        Boolean flag = optional(key, YamlNode::asBoolean);
        return flag == null ? defaultValue : flag;
    }

    public <E extends Enum<E>> E enumValue(String key, Class<E> type) {
        return optional(key, node -> node.asEnum(type));
    }

    public <E extends Enum<E>> Set<E> enumSet(String key, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        for (YamlNode item : list(key)) {
            set.add(item.asEnum(type));
        }
        return set;
    }

    public <E extends Enum<E>> E asEnum(Class<E> type) {
        String text = asString();
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw error("unknown " + type.getSimpleName() + " '" + text + "' (expected one of "
                    + List.of(type.getEnumConstants()) + ")");
        }
    }

    /**
     * The mapping as plain Java values (strings, numbers, booleans, lists, maps), e.g. rule parameters. Dates stay
     * ISO text.
     */
    public Map<String, Object> plainMap() {
        Map<String, Object> plain = new LinkedHashMap<>();
        map().forEach((k, v) -> plain.put(String.valueOf(k), plain(v)));
        return plain;
    }

    public LawDataException error(String problem) {
        return new LawDataException(path + " " + problem);
    }

    /** The value under {@code key} read by {@code read}, or {@code null} when the key is absent or empty. */
    private <T> T optional(String key, Function<YamlNode, T> read) {
        YamlNode node = get(key);
        return node.value == null ? null : read.apply(node);
    }

    private LocalDate asDate() {
        if (value instanceof Date date) {
            // SnakeYAML reads an unquoted 2025-07-01 as midnight UTC
            return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(String.valueOf(value).strip());
        } catch (DateTimeParseException e) {
            throw error("expected a date yyyy-mm-dd, found " + value);
        }
    }

    private Integer asInteger() {
        if (value instanceof Number number && new BigDecimal(number.toString()).stripTrailingZeros().scale() <= 0) {
            return number.intValue();
        }
        throw error("expected a whole number, found " + value);
    }

    private BigDecimal asDecimal() {
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        throw error("expected a number, found " + value);
    }

    private Boolean asBoolean() {
        if (value instanceof Boolean b) {
            return b;
        }
        throw error("expected true or false, found " + value);
    }

    private static Object plain(Object v) {
        return PlainTree.mapLeaves(v, YamlNode::plainLeaf);
    }

    private static Object plainLeaf(Object v) {
        if (v instanceof Date date) {
            return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        }
        if (v instanceof String s) {
            return TextNormalizer.nfc(s);
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private Map<Object, Object> map() {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?>)) {
            throw error("expected a mapping");
        }
        return (Map<Object, Object>) value;
    }
}
