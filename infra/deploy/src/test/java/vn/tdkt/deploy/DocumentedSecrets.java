package vn.tdkt.deploy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secrets infra/deploy/README.md tells an operator to create: the table under "## Secrets", one row per secret,
 * {@code | `name` | `key`, `key` | what |}.
 */
final class DocumentedSecrets {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    static final Path README = Path.of("infra/deploy/README.md");

    private DocumentedSecrets() {
    }

    static Map<String, Set<String>> read() {
        List<String> lines = Repo.text(Repo.root().resolve(README)).lines().toList();
        Map<String, Set<String>> secrets = new HashMap<>();
        boolean inSection = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                inSection = line.trim().equals("## Secrets");
                continue;
            }
            if (!inSection || !line.startsWith("|") || line.startsWith("|--") || line.startsWith("| Secret")) {
                continue;
            }
            String[] cells = line.split("\\|");
            if (cells.length < 3) {
                continue;
            }
            Matcher name = CODE.matcher(cells[1]);
            if (!name.find()) {
                continue;
            }
            Set<String> keys = new TreeSet<>();
            Matcher key = CODE.matcher(cells[2]);
            while (key.find()) {
                keys.add(key.group(1));
            }
            secrets.put(name.group(1), keys);
        }
        return secrets;
    }
}
