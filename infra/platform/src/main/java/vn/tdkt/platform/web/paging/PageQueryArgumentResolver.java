package vn.tdkt.platform.web.paging;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import lombok.RequiredArgsConstructor;

/**
 * Lets a list endpoint declare a {@link PageQuery} parameter instead of two request parameters and a call to
 * {@link PagingProperties#query}: it is read from the query parameters {@value #PAGE} (from 0) and {@value #SIZE}
 * (default and cap from {@code tdkt.pagination.*}). A negative page or a size below 1 is the 400 problem
 * {@code page.invalid}; a value that is not a whole number is the 400 of any mistyped request parameter.
 */
@RequiredArgsConstructor
public class PageQueryArgumentResolver implements HandlerMethodArgumentResolver {

    public static final String PAGE = "page";
    public static final String SIZE = "size";

    private final PagingProperties paging;

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return PageQuery.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) throws Exception {
        return paging.query(number(PAGE, parameter, webRequest, binderFactory),
                number(SIZE, parameter, webRequest, binderFactory));
    }

    /** Converted as Spring converts an {@code Integer} request parameter, so both fail alike. */
    private static Integer number(String name, MethodParameter parameter, NativeWebRequest request,
            WebDataBinderFactory binderFactory) throws Exception {
        String value = request.getParameter(name);
        if (value == null) {
            return null;
        }
        try {
            return binderFactory.createBinder(request, null, name).convertIfNecessary(value, Integer.class);
        } catch (TypeMismatchException mistyped) {
            throw new MethodArgumentTypeMismatchException(value, Integer.class, name, parameter, mistyped);
        }
    }
}
