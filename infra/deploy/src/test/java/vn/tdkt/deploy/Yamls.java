package vn.tdkt.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** SnakeYAML with safe defaults, and the small map/list navigation the checks need. */
final class Yamls {

    private Yamls() {
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(options);
    }

    static List<Object> loadAll(Path file) {
        try {
            List<Object> documents = new ArrayList<>();
            for (Object document : yaml().loadAll(Files.readString(file))) {
                if (document != null) {
                    documents.add(document);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot parse " + file + ": " + e.getMessage(), e);
        }
    }

    static Object load(Path file) {
        List<Object> documents = loadAll(file);
        if (documents.size() != 1) {
            throw new IllegalStateException(file + " must hold exactly one YAML document");
        }
        return documents.get(0);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value instanceof List<?> l ? (List<Object>) l : List.of();
    }

    /** The value at a dotted path of map keys ({@code "spec.template.spec"}), or null. */
    static Object at(Object root, String path) {
        Object current = root;
        for (String key : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(key);
        }
        return current;
    }

    static Map<String, Object> mapAt(Object root, String path) {
        return map(at(root, path));
    }

    static List<Object> listAt(Object root, String path) {
        return list(at(root, path));
    }

    static String stringAt(Object root, String path) {
        Object value = at(root, path);
        return value == null ? null : String.valueOf(value);
    }
}
