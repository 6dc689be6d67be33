package vn.tdkt.nomination.lawdata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A value as YAML data gives it: lists, maps and leaves (text, numbers, dates, booleans). Reading a rule set turns its
 * leaves into plain Java and evaluating a rule turns them into CEL's types; both walk the tree the same way, so the
 * walk lives here once and each passes only what it does to a leaf.
 */
public final class PlainTree {

    private PlainTree() {
    }

    /**
     * The tree with {@code leaf} applied to every value that is neither a list nor a map: lists stay lists, maps become
     * ordered maps with text keys.
     */
    public static Object mapLeaves(Object tree, UnaryOperator<Object> leaf) {
        if (tree instanceof List<?> list) {
            return list.stream().map(item -> mapLeaves(item, leaf)).toList();
        }
        if (tree instanceof Map<?, ?> map) {
            Map<String, Object> converted = new LinkedHashMap<>();
            map.forEach((key, value) -> converted.put(String.valueOf(key), mapLeaves(value, leaf)));
            return converted;
        }
        return leaf.apply(tree);
    }
}
