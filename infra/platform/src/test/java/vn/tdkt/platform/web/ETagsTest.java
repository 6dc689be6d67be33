package vn.tdkt.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Versioned;

class ETagsTest {

    @Test
    void a_matching_or_absent_if_match_passes() {
        assertThatCode(() -> IfMatch.of(null).check(3)).doesNotThrowAnyException();
        assertThatCode(() -> IfMatch.of("\"3\"").check(3)).doesNotThrowAnyException();
        assertThatCode(() -> IfMatch.of("W/\"3\", \"9\"").check(3)).doesNotThrowAnyException();
        assertThatCode(() -> IfMatch.of("*").check(3)).doesNotThrowAnyException();
        // empty list elements are ignored (RFC 9110 §5.6.1)
        assertThatCode(() -> IfMatch.of("\"9\", , \"3\",").check(3)).doesNotThrowAnyException();
        assertThat(IfMatch.of(" ").isPresent()).isFalse();
    }

    @Test
    void a_stale_if_match_is_a_precondition_failure() {
        assertThatThrownBy(() -> IfMatch.of("\"2\"").check(3))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.PRECONDITION_FAILED);
                    assertThat(e.args()).containsExactly("\"2\"", "\"3\"");
                });
    }

    @Test
    void a_header_that_is_not_a_list_of_entity_tags_is_malformed_not_stale() {
        for (String header : new String[] {"W/\"zz", "3", "\"3", "\"3\" \"4\"", "W/3", ", ,"}) {
            assertThatThrownBy(() -> IfMatch.of(header)).as(header)
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                        assertThat(e.code()).isEqualTo("etag.malformed");
                        assertThat(e.args()).containsExactly(header);
                    });
        }
    }

    @Test
    void responses_carry_the_version_as_a_strong_tag() {
        var response = ETags.ok(new Versioned<>("task", 7), String::toUpperCase);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getETag()).isEqualTo("\"7\"");
        assertThat(response.getBody()).isEqualTo("TASK");
    }
}
