package vn.tdkt.platform.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import lombok.Getter;

/**
 * A rule of the domain was broken. Pure Java so that domain code can throw it; the web layer turns it into an
 * RFC 9457 problem whose status follows {@link Kind} and whose message is looked up by {@link #code()} in the
 * service's message bundle (Vietnamese by default, English on request).
 */
public class DomainException extends RuntimeException {

    /** How a broken rule maps onto HTTP, without naming HTTP in the domain. */
    public enum Kind {
        INVALID,
        NOT_FOUND,
        CONFLICT,
        FORBIDDEN,
        PRECONDITION_FAILED
    }

    @Getter
    private final Kind kind;
    /** Message key, e.g. {@code dossier.illegal-transition}. */
    @Getter
    private final String code;
    @Getter
    private final List<Object> args;

    public DomainException(Kind kind, String code, Object... args) {
        super(code + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.kind = kind;
        this.code = code;
        // not List.of: an argument is often the very value that was missing, and List.of refuses null
        this.args = Collections.unmodifiableList(Arrays.asList(args.clone()));
    }

    public static DomainException notFound(String code, Object... args) {
        return new DomainException(Kind.NOT_FOUND, code, args);
    }

    public static DomainException conflict(String code, Object... args) {
        return new DomainException(Kind.CONFLICT, code, args);
    }

    public static DomainException invalid(String code, Object... args) {
        return new DomainException(Kind.INVALID, code, args);
    }

    public static DomainException forbidden(String code, Object... args) {
        return new DomainException(Kind.FORBIDDEN, code, args);
    }
}
