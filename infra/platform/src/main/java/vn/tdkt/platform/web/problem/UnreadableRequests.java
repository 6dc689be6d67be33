package vn.tdkt.platform.web.problem;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import vn.tdkt.platform.text.ControlCharacterException;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Turns "Failed to read request" into a problem a person can act on: which field, what was wrong with it, and
 * for an enumeration which values are allowed. Messages come from the platform bundle (Vietnamese, or English on
 * request); the {@code errors} property lists {@code field} and {@code message} like a validation problem.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class UnreadableRequests {

    private final Problems problems;

    ProblemDetail describe(HttpMessageNotReadableException e) {
        Throwable cause = firstJacksonCause(e);
        if (cause instanceof ControlCharacterException control) {
            String field = path(control.getPath().isEmpty() ? null : control);
            return withField(field, "text.control-characters", field);
        }
        if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String field = path(invalid);
            return withField(field, "request.field-enum", field, invalid.getValue(),
                    allowed(invalid.getTargetType()));
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return withField(field, "request.field-unknown", field);
        }
        if (cause instanceof InvalidNullException nullElement && !nullElement.getPath().isEmpty()) {
            String field = path(nullElement);
            return withField(field, "request.element-null", field);
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = path(mismatch);
            if (isNullForPrimitive(mismatch)) {
                return withField(field, "request.field-required", field);
            }
            return withField(field, "request.field-type", field, typeName(mismatch.getTargetType()));
        }
        if (cause instanceof StreamReadException malformed) {
            TokenStreamLocation at = malformed.getLocation();
            return problems.create(HttpStatus.BAD_REQUEST, "request.malformed",
                    List.of(at == null ? "?" : at.getLineNr(), at == null ? "?" : at.getColumnNr()));
        }
        return problems.create(HttpStatus.BAD_REQUEST, "request.body-unreadable", List.of());
    }

    /**
     * A number or flag left out or sent as null: Jackson reports it as a mismatch of type, but what the caller must do
     * is send it, so it is told so rather than that the field "must be a number".
     */
    private static boolean isNullForPrimitive(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        String message = e.getOriginalMessage();
        return target != null && target.isPrimitive() && message != null && message.contains("`null`");
    }

    /** The outermost Jackson exception: it carries the field path (inner causes, e.g. a date parser's, do not). */
    private static Throwable firstJacksonCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException) {
                return cause;
            }
        }
        return e;
    }

    ProblemDetail describe(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        if (type != null && type.isEnum()) {
            return withField(e.getName(), "request.field-enum", e.getName(), e.getValue(), allowed(type));
        }
        return withField(e.getName(), "request.field-type", e.getName(), typeName(type));
    }

    private ProblemDetail withField(String field, String code, Object... args) {
        ProblemDetail problem = problems.create(HttpStatus.BAD_REQUEST, code, List.of(args));
        problem.setProperty("errors", List.of(Map.of("field", field, "message", problem.getDetail())));
        return problem;
    }

    /** {@code tasks[2].dueDate} from Jackson's reference chain. */
    private static String path(JacksonException e) {
        if (e == null || e.getPath().isEmpty()) {
            return "(body)";
        }
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String allowed(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(constant -> ((Enum<?>) constant).name())
                .collect(Collectors.joining(", "));
    }

    private static boolean isWholeNumber(Class<?> type) {
        return type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == java.math.BigInteger.class;
    }

    private String typeName(Class<?> type) {
        if (type == null) {
            return problems.message("type.value");
        }
        if (isWholeNumber(type)) {
            return problems.message("type.integer");
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class && type != char.class)) {
            return problems.message("type.number");
        }
        if (type == Boolean.class || type == boolean.class) {
            return problems.message("type.boolean");
        }
        if (type == java.time.LocalDate.class) {
            return problems.message("type.date");
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
            return problems.message("type.datetime");
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return problems.message("type.array");
        }
        if (type == String.class) {
            return problems.message("type.text");
        }
        return problems.message("type.object");
    }
}
