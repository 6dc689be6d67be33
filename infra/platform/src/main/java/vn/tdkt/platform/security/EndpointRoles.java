package vn.tdkt.platform.security;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.Expression;
import org.springframework.security.access.expression.ExpressionUtils;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.util.ClassUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * The roles an endpoint admits, read from its {@code @PreAuthorize} (on the method, else on the controller) when that
 * names roles only and reads no method argument ({@code #…}). Such a guard can be decided before Spring reads the
 * request's body and parameters ({@link RolesBeforeBinding}), and the roles it admits can be listed in the OpenAPI
 * document, both from the one evaluation here. A guard that reads an argument is left to method security alone.
 */
public final class EndpointRoles {

    private final MethodSecurityExpressionHandler expressions;
    private final Map<Method, Optional<Expression>> guards = new ConcurrentHashMap<>();

    public EndpointRoles(MethodSecurityExpressionHandler expressions) {
        this.expressions = expressions;
    }

    /**
     * Whether {@code authentication} passes the endpoint's role-only guard; empty when the endpoint has none (no
     * {@code @PreAuthorize}, or one that reads an argument and so can only be decided with the arguments read).
     */
    public Optional<Boolean> admits(HandlerMethod handler, Supplier<Authentication> authentication) {
        return guard(handler).map(guard -> ExpressionUtils.evaluateAsBoolean(guard,
                expressions.createEvaluationContext(authentication, invocationWithoutArguments(handler))));
    }

    /** The roles the endpoint's role-only guard admits, in {@link TdktRole} order; empty when it has none. */
    public Optional<List<TdktRole>> admitted(HandlerMethod handler) {
        if (guard(handler).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(TdktRole.values())
                .filter(role -> admits(handler, () -> holderOf(role)).orElse(false))
                .toList());
    }

    /** Whether the endpoint's role-only guard admits a valid token that holds no role at all ({@code Roles.ANY_TOKEN}). */
    public boolean admitsAnyToken(HandlerMethod handler) {
        return admits(handler, () -> UsernamePasswordAuthenticationToken.authenticated("no role", null, List.of()))
                .orElse(false);
    }

    private Optional<Expression> guard(HandlerMethod handler) {
        return guards.computeIfAbsent(handler.getMethod(), method -> {
            PreAuthorize onMethod = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
            PreAuthorize annotation = onMethod != null ? onMethod : AnnotatedElementUtils.findMergedAnnotation(
                    ClassUtils.getUserClass(handler.getBeanType()), PreAuthorize.class);
            if (annotation == null || annotation.value().contains("#")) {
                return Optional.empty();
            }
            return Optional.of(expressions.getExpressionParser().parseExpression(annotation.value()));
        });
    }

    /** The call as method security would see it, but before any argument is read: a role-only guard needs none. */
    private static SimpleMethodInvocation invocationWithoutArguments(HandlerMethod handler) {
        Object bean = handler.getBean() instanceof String ? null : handler.getBean();
        return new SimpleMethodInvocation(bean, handler.getMethod(), new Object[handler.getMethod().getParameterCount()]);
    }

    private static Authentication holderOf(TdktRole role) {
        return UsernamePasswordAuthenticationToken.authenticated("role:" + role.name(), null,
                List.of(new SimpleGrantedAuthority(role.authority())));
    }
}
