package vn.tdkt.platform.web.problem;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The platform's message key and arguments for an error Spring MVC raises before any controller runs: no such path,
 * a method or media type the endpoint does not take, a missing parameter, a body over the multipart limit. Spring's
 * own text for them is English and has no {@code code}; clients switch on the code.
 */
final class MvcRefusals {

    /** A message key with its arguments. */
    record Refusal(String code, List<Object> args) {
    }

    private MvcRefusals() {
    }

    static Refusal of(Exception e, HttpStatusCode status) {
        if (e instanceof NoResourceFoundException missing) {
            return new Refusal("request.no-such-path", List.of("/" + missing.getResourcePath()));
        }
        if (e instanceof HttpRequestMethodNotSupportedException method) {
            return new Refusal("request.method-not-allowed",
                    List.of(method.getMethod(), joined(method.getSupportedHttpMethods())));
        }
        if (e instanceof HttpMediaTypeNotSupportedException media) {
            return new Refusal("request.media-type-unsupported", List.of(
                    media.getContentType() == null ? "—" : media.getContentType().toString(),
                    joined(media.getSupportedMediaTypes())));
        }
        if (e instanceof HttpMediaTypeNotAcceptableException acceptable) {
            return new Refusal("request.not-acceptable", List.of(joined(acceptable.getSupportedMediaTypes())));
        }
        if (e instanceof MissingServletRequestParameterException parameter) {
            return new Refusal("request.parameter-missing", List.of(parameter.getParameterName()));
        }
        if (e instanceof MaxUploadSizeExceededException) {
            return new Refusal("request.too-large", List.of());
        }
        if (e instanceof MissingServletRequestPartException part) {
            return new Refusal("request.part-missing", List.of(part.getRequestPartName()));
        }
        return status.is5xxServerError() ? new Refusal("internal.error", List.of())
                : new Refusal("request.not-processed", List.of(status.value()));
    }

    private static String joined(Collection<?> values) {
        return values == null || values.isEmpty() ? "—"
                : values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
