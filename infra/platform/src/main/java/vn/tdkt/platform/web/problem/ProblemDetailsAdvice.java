package vn.tdkt.platform.web.problem;

import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import vn.tdkt.platform.domain.DomainException;

/** Every failure leaves a service as a problem detail; nothing leaks a stack trace. */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final Problems problems;

    public ProblemDetailsAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case PRECONDITION_FAILED -> HttpStatus.PRECONDITION_FAILED;
        };
        return ResponseEntity.status(status).body(problems.create(status, e.code(), e.args()));
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ProblemDetail> denied(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(problems.create(HttpStatus.FORBIDDEN, "security.forbidden", List.of()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentUpdate(OptimisticLockingFailureException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(problems.create(HttpStatus.CONFLICT, "concurrent.update", List.of()));
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(problems.create(HttpStatus.CONFLICT, "duplicate.resource", List.of()));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
        List<Map<String, String>> errors = new ArrayList<>();
        e.getConstraintViolations().forEach(v ->
                errors.add(Map.of("field", v.getPropertyPath().toString(), "message", v.getMessage())));
        return ResponseEntity.badRequest().body(problems.validation(errors));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return ResponseEntity.internalServerError()
                .body(problems.create(HttpStatus.INTERNAL_SERVER_ERROR, "internal.error", List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(Map.of("field", error.getField(),
                    "message", error.getDefaultMessage() == null ? "" : error.getDefaultMessage()));
        }
        e.getBindingResult().getGlobalErrors().forEach(error -> errors.add(Map.of("field", error.getObjectName(),
                "message", error.getDefaultMessage() == null ? "" : error.getDefaultMessage())));
        return ResponseEntity.badRequest().body(problems.validation(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(Map.of("field", result.getMethodParameter().getParameterName() == null ? ""
                                : result.getMethodParameter().getParameterName(),
                        "message", error.getDefaultMessage() == null ? "" : error.getDefaultMessage()))));
        return ResponseEntity.badRequest().body(problems.validation(errors));
    }

    /**
     * A body that is not JSON, or whose value does not fit its field (an unknown enum constant, text for a number, a
     * malformed date): the problem names the field by its JSON path ({@code facts.ratings[0].grade}), the value, and
     * for an enum the accepted values, in {@code errors} like a validation failure.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        JacksonException jackson = cause(e, JacksonException.class);
        if (jackson instanceof MismatchedInputException mismatch && !jackson.getPath().isEmpty()) {
            String field = path(jackson);
            Object value = mismatch instanceof InvalidFormatException invalid ? invalid.getValue() : null;
            Class<?> target = mismatch.getTargetType();
            String accepted = target != null && target.isEnum()
                    ? String.join(", ", java.util.Arrays.stream(target.getEnumConstants()).map(String::valueOf).toList())
                    : null;
            String message = accepted != null
                    ? problems.message("request.field-not-allowed", field, value, accepted)
                    : problems.message("request.field-invalid", field, value == null ? "" : value);
            ProblemDetail problem = problems.create(HttpStatus.BAD_REQUEST, accepted != null
                    ? "request.field-not-allowed" : "request.field-invalid",
                    List.of(field, value == null ? "" : value, accepted == null ? "" : accepted));
            problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
            return ResponseEntity.badRequest().body(problem);
        }
        return ResponseEntity.badRequest().body(problems.create(HttpStatus.BAD_REQUEST, "request.unreadable",
                List.of()));
    }

    /** A query or path parameter of the wrong type ({@code ?on=yesterday}): the problem names the parameter. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        Object value = e.getValue() == null ? "" : e.getValue();
        ProblemDetail problem = problems.create(HttpStatus.BAD_REQUEST, "request.parameter-invalid",
                List.of(name == null ? "" : name, value));
        problem.setProperty("errors", List.of(Map.of("field", name == null ? "" : name,
                "message", problems.message("request.parameter-invalid", name, value))));
        return ResponseEntity.badRequest().body(problem);
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
