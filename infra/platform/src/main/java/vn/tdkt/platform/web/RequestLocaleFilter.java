package vn.tdkt.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Gives the filters the language the controllers get. Spring's request-context filter takes the servlet request's
 * locale, which without an {@code Accept-Language} header is the JVM's default, whatever the server is set to; the
 * security and idempotency filters would then answer in it. This sets the application's {@link LocaleResolver}
 * choice instead: Vietnamese unless the caller asks for English.
 */
public class RequestLocaleFilter extends OncePerRequestFilter {

    private final LocaleResolver locales;

    public RequestLocaleFilter(LocaleResolver locales) {
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locales.resolveLocale(request));
        try {
            chain.doFilter(request, response);
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }
}
