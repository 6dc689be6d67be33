package vn.tdkt.nomination.ratelimit.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;
import vn.tdkt.nomination.ratelimit.application.RateLimitProperties;
import vn.tdkt.nomination.ratelimit.application.RateLimiter;
import vn.tdkt.platform.web.problem.Problems;
import lombok.RequiredArgsConstructor;

/**
 * Applies the public rate limits ({@link RateLimiter}) before a request reaches its controller. A client over its
 * limit gets 429 with {@code Retry-After}: an RFC 9457 problem, or a short Vietnamese page when the client is a browser
 * asking for HTML (the public comment form). The client is the request's remote address; behind a proxy, set
 * {@code server.forward-headers-strategy} so that it is the citizen's, not the proxy's.
 */
@Component
@RequiredArgsConstructor
public class PublicRateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter limiter;
    private final Problems problems;
    private final JsonMapper json;
    private final LocaleResolver locales;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<RateLimitProperties.Rule> rule = limiter.ruleFor(request.getMethod(), path);
        Optional<RateLimiter.Refusal> refusal = rule.flatMap(r -> limiter.count(r, request.getRemoteAddr()));
        if (refusal.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        refuse(request, response, refusal.get());
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, RateLimiter.Refusal refusal)
            throws IOException {
        Locale previous = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(locales.resolveLocale(request));
        try {
            long minutes = Math.max(1, refusal.rule().window().toMinutes());
            ProblemDetail problem = problems.create(HttpStatus.TOO_MANY_REQUESTS, "rate-limit.exceeded",
                    List.of(refusal.rule().limit(), minutes, refusal.retryAfterSeconds()));
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfterSeconds()));
            response.setCharacterEncoding("UTF-8");
            if (wantsHtml(request)) {
                response.setContentType(MediaType.TEXT_HTML_VALUE);
                response.getWriter().write("<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                        + HtmlUtils.htmlEscape(problem.getTitle()) + "</title></head><body><h1>"
                        + HtmlUtils.htmlEscape(problem.getTitle()) + "</h1><p>"
                        + HtmlUtils.htmlEscape(problem.getDetail()) + "</p></body></html>");
            } else {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.getWriter().write(json.writeValueAsString(problem));
            }
        } finally {
            LocaleContextHolder.setLocale(previous);
        }
    }

    private static boolean wantsHtml(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }
}
