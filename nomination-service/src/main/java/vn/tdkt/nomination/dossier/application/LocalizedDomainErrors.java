package vn.tdkt.nomination.dossier.application;

import java.util.function.Supplier;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.tdkt.platform.domain.DomainException;

/**
 * Domain rules name states and actions as enum constants ({@code SUBMITTED}, {@code RECALL}). The platform formats a
 * problem's detail with the exception's arguments; an enum argument is replaced here by a message reference
 * {@code enum.<Type>.<CONSTANT>}, which the message source resolves in the caller's language ("Đã gửi" /
 * "Submitted"). Everything else about the error (kind, code) is unchanged.
 */
public final class LocalizedDomainErrors {

    private LocalizedDomainErrors() {
    }

    public static <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (DomainException e) {
            throw localized(e);
        }
    }

    public static DomainException localized(DomainException e) {
        if (e.args().stream().noneMatch(Enum.class::isInstance)) {
            return e;
        }
        Object[] args = e.args().stream().map(LocalizedDomainErrors::localizedArgument).toArray();
        DomainException localized = new DomainException(e.kind(), e.code(), args);
        localized.initCause(e);
        return localized;
    }

    private static Object localizedArgument(Object arg) {
        if (arg instanceof Enum<?> constant) {
            MessageSourceResolvable label = new DefaultMessageSourceResolvable(
                    new String[] {"enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name()},
                    constant.name());
            return label;
        }
        return arg;
    }
}
