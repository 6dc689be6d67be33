package vn.tdkt.nomination.vocabulary.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The check that no key is listed twice (a dossier on one agenda or decision, a member in one council, an award in one
 * revocation), written once: each caller names the key and the error it raises, so its problem code stays its own.
 */
public final class Repeats {

    private Repeats() {
    }

    /**
     * Throws {@code error} of the first key that {@code items} list a second time; does nothing when every key is
     * listed once.
     */
    public static <T, K> void refuse(List<? extends T> items, Function<? super T, ? extends K> key,
            Function<? super K, ? extends RuntimeException> error) {
        Set<K> seen = new HashSet<>();
        for (T item : items) {
            K value = key.apply(item);
            if (!seen.add(value)) {
                throw error.apply(value);
            }
        }
    }
}
