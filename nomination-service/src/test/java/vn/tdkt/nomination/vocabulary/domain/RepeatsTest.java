package vn.tdkt.nomination.vocabulary.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatsTest {

    record Item(String key, int n) {
    }

    @Test
    void names_the_first_key_listed_a_second_time() {
        List<Item> items = List.of(new Item("a", 1), new Item("b", 2), new Item("c", 3), new Item("b", 4),
                new Item("a", 5));

        assertThatThrownBy(() -> Repeats.refuse(items, Item::key, key -> new IllegalStateException("twice: " + key)))
                .isInstanceOf(IllegalStateException.class).hasMessage("twice: b");
    }

    @Test
    void lets_keys_listed_once_through() {
        assertThatCode(() -> Repeats.refuse(List.of(new Item("a", 1), new Item("b", 1)), Item::key,
                key -> new IllegalStateException(String.valueOf(key)))).doesNotThrowAnyException();
        assertThatCode(() -> Repeats.refuse(List.<Item>of(), Item::key,
                key -> new IllegalStateException(String.valueOf(key)))).doesNotThrowAnyException();
    }
}
