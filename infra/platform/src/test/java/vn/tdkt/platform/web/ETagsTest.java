package vn.tdkt.platform.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.tdkt.platform.domain.DomainException;

class ETagsTest {

    @Test
    void a_matching_or_absent_if_match_passes() {
        assertThatCode(() -> ETags.checkIfMatch(null, 3L)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.checkIfMatch("\"3\"", 3L)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.checkIfMatch("W/\"3\", \"9\"", 3L)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.checkIfMatch("*", 3L)).doesNotThrowAnyException();
    }

    @Test
    void a_stale_if_match_is_a_precondition_failure() {
        assertThatThrownBy(() -> ETags.checkIfMatch("\"2\"", 3L))
                .isInstanceOfSatisfying(DomainException.class, e ->
                        org.assertj.core.api.Assertions.assertThat(e.kind())
                                .isEqualTo(DomainException.Kind.PRECONDITION_FAILED));
    }
}
