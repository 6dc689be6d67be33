package vn.tdkt.plantext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves unit names as written in plans ("VP UBND tỉnh", "Sở Nội vụ;", "HĐTĐKT tỉnh") to registry
 * codes. Names are compared by a canonical key: folded (case and diacritics ignored, see
 * {@link VietnameseText#fold}), punctuation and dashes turned into spaces ("Thi đua - Khen thưởng" ≡
 * "Thi đua, khen thưởng"), and common abbreviations expanded (UBND → ủy ban nhân dân, HĐTĐKT → hội
 * đồng thi đua khen thưởng, TĐKT → thi đua khen thưởng, VP → văn phòng…).
 *
 * <p>Matching is exact on keys, never fuzzy: a wrong automatic match would assign a task to the wrong
 * unit, while an unresolved name only asks the officer to pick. Names are never dropped.
 */
public final class UnitNameMatcher {

    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9&]+");
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("ubnd", "uy ban nhan dan"),
            Map.entry("hdnd", "hoi dong nhan dan"),
            Map.entry("hdtdkt", "hoi dong thi dua khen thuong"),
            Map.entry("tdkt", "thi dua khen thuong"),
            Map.entry("vp", "van phong"),
            Map.entry("vpubnd", "van phong uy ban nhan dan"),
            Map.entry("mttq", "mat tran to quoc"),
            Map.entry("ubmttq", "uy ban mat tran to quoc"),
            Map.entry("gd&dt", "giao duc va dao tao"),
            Map.entry("gddt", "giao duc va dao tao"),
            Map.entry("tw", "trung uong"),
            Map.entry("tp", "thanh pho"));

    private final Map<String, Set<String>> byCode = new HashMap<>();
    private final Map<String, Set<String>> byName = new HashMap<>();
    private final Map<String, Set<String>> byAlias = new HashMap<>();
    private final Map<String, Set<String>> byRelaxed = new HashMap<>();

    public UnitNameMatcher(Collection<RegistryUnit> units) {
        for (RegistryUnit unit : units) {
            index(byCode, VietnameseText.fold(unit.code()), unit.code());
            index(byName, key(unit.name()), unit.code());
            index(byRelaxed, relaxed(key(unit.name())), unit.code());
            for (String alias : unit.aliases()) {
                index(byAlias, key(alias), unit.code());
                index(byRelaxed, relaxed(key(alias)), unit.code());
            }
        }
    }

    public UnitMatch match(String writtenName) {
        String written = writtenName == null ? "" : writtenName.strip();
        String cleaned = StructureRecognizer.withoutBullet(written);
        String key = key(cleaned);
        if (key.isEmpty()) {
            return new UnitMatch(written, MatchStatus.UNRESOLVED, null, List.of());
        }
        Set<String> codes = byCode.get(VietnameseText.fold(cleaned));
        if (codes != null && codes.size() == 1) {
            return resolved(written, MatchStatus.CODE, codes);
        }
        for (var lookup : List.of(Map.entry(MatchStatus.NAME, byName), Map.entry(MatchStatus.ALIAS, byAlias))) {
            Set<String> found = lookup.getValue().get(key);
            if (found != null) {
                return found.size() == 1 ? resolved(written, lookup.getKey(), found) : ambiguous(written, found);
            }
        }
        Set<String> relaxed = byRelaxed.get(relaxed(key));
        if (relaxed != null) {
            return relaxed.size() == 1 ? resolved(written, MatchStatus.RELAXED, relaxed) : ambiguous(written, relaxed);
        }
        return new UnitMatch(written, MatchStatus.UNRESOLVED, null, List.of());
    }

    /** Resolves each name; the result has one entry per input, in order. */
    public List<UnitMatch> matchAll(Collection<String> writtenNames) {
        List<UnitMatch> matches = new ArrayList<>(writtenNames.size());
        writtenNames.forEach(name -> matches.add(match(name)));
        return matches;
    }

    /** The canonical comparison key of a name; exposed so the application layer can store it. */
    public static String key(String name) {
        String folded = NON_ALPHANUMERIC.matcher(VietnameseText.fold(name)).replaceAll(" ").strip();
        if (folded.isEmpty()) {
            return "";
        }
        StringBuilder key = new StringBuilder();
        for (String token : folded.split(" ")) {
            if (token.isEmpty()) {
                continue;
            }
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(ABBREVIATIONS.getOrDefault(token, token).replace("&", " va "));
        }
        return key.toString().replaceAll("\\s+", " ").strip();
    }

    /** Within one province "… tỉnh" adds nothing, so it is ignored as a last resort. */
    private static String relaxed(String key) {
        return key.endsWith(" tinh") ? key.substring(0, key.length() - " tinh".length()) : key;
    }

    private static void index(Map<String, Set<String>> index, String key, String code) {
        if (!key.isEmpty()) {
            index.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(code);
        }
    }

    private static UnitMatch resolved(String written, MatchStatus status, Set<String> codes) {
        String code = codes.iterator().next();
        return new UnitMatch(written, status, code, List.of(code));
    }

    private static UnitMatch ambiguous(String written, Set<String> codes) {
        return new UnitMatch(written, MatchStatus.AMBIGUOUS, null, List.copyOf(codes));
    }
}
