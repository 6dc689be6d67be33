package vn.tdkt.platform.web.parameters;

import java.util.Objects;
import java.util.function.Function;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets a controller method declare a parameter of one type, read from the request by a function: the platform's
 * {@code TdktPrincipal} (from the verified token) and {@code IfMatch} (from the {@code If-Match} header).
 *
 * @param <T> the parameter type
 */
public final class TypedParameterResolver<T> implements HandlerMethodArgumentResolver {

    private final Class<T> type;
    private final Function<NativeWebRequest, ? extends T> read;

    private TypedParameterResolver(Class<T> type, Function<NativeWebRequest, ? extends T> read) {
        this.type = Objects.requireNonNull(type, "type");
        this.read = Objects.requireNonNull(read, "read");
    }

    /** Resolves every parameter declared exactly as {@code type} with {@code read}. */
    public static <T> TypedParameterResolver<T> of(Class<T> type, Function<NativeWebRequest, ? extends T> read) {
        return new TypedParameterResolver<>(type, read);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return type.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        return read.apply(webRequest);
    }
}
