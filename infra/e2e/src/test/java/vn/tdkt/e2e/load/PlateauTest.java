package vn.tdkt.e2e.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlateauTest {

    private final Plateau threeWithinTenPercent = new Plateau(3, 0.10);

    @Test
    void two_close_windows_on_a_rising_step_are_not_the_plateau() {
        // the jwt-cache-off warm-up of 2026-12-06: "settled" at window 3 under the old two-window test, then ran at 66
        assertThat(threeWithinTenPercent.reached(List.of(14.0, 31.0, 33.7))).isFalse();
        assertThat(threeWithinTenPercent.reached(List.of(14.0, 31.0, 33.7, 40.0))).isFalse();
    }

    @Test
    void three_windows_within_ten_percent_of_their_highest_are() {
        assertThat(threeWithinTenPercent.reached(List.of(44.5, 66.7, 71.9, 74.9, 76.3))).isTrue();
        assertThat(threeWithinTenPercent.reached(List.of(66.7, 71.9, 76.3))).isFalse();
    }

    @Test
    void too_few_windows_are_never_a_plateau() {
        assertThat(threeWithinTenPercent.reached(List.of(50.0, 50.0))).isFalse();
    }

    @Test
    void a_plateau_of_one_window_is_refused() {
        assertThatThrownBy(() -> new Plateau(1, 0.10)).isInstanceOf(IllegalArgumentException.class);
    }
}
