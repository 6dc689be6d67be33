package vn.tdkt.platform.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** The key and arguments each refusal of Spring MVC gets; WebKitTest shows them rendered through a real request. */
class MvcRefusalsTest {

    @Test
    void each_refusal_names_its_own_key_with_what_the_caller_needs_to_know() {
        assertThat(MvcRefusals.of(new NoResourceFoundException(HttpMethod.GET, "/api/v1/x", "api/v1/x"),
                HttpStatus.NOT_FOUND)).isEqualTo(new MvcRefusals.Refusal("request.no-such-path", List.of("/api/v1/x")));
        assertThat(MvcRefusals.of(new HttpRequestMethodNotSupportedException("PUT", Set.of("GET")),
                HttpStatus.METHOD_NOT_ALLOWED))
                .isEqualTo(new MvcRefusals.Refusal("request.method-not-allowed", List.of("PUT", "GET")));
        assertThat(MvcRefusals.of(new HttpMediaTypeNotSupportedException((MediaType) null, List.of(MediaType.APPLICATION_JSON)),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE)).isEqualTo(new MvcRefusals.Refusal(
                "request.media-type-unsupported", List.of("—", "application/json")));
        assertThat(MvcRefusals.of(new MaxUploadSizeExceededException(-1), HttpStatus.PAYLOAD_TOO_LARGE))
                .isEqualTo(new MvcRefusals.Refusal("request.too-large", List.of()));
    }

    @Test
    void anything_else_keeps_its_status_under_a_general_key() {
        assertThat(MvcRefusals.of(new IllegalStateException("x"), HttpStatus.CONFLICT))
                .isEqualTo(new MvcRefusals.Refusal("request.not-processed", List.of(409)));
        assertThat(MvcRefusals.of(new IllegalStateException("x"), HttpStatus.SERVICE_UNAVAILABLE))
                .isEqualTo(new MvcRefusals.Refusal("internal.error", List.of()));
    }
}
