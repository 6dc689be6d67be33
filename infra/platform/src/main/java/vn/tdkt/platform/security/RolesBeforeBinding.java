package vn.tdkt.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Decides an endpoint's role-only {@code @PreAuthorize} before Spring reads the request's body and parameters.
 * Method security alone decides it only after the arguments are bound, so a caller without the role was told 400
 * about a body it may not send at all, and learnt the body's shape from it; now it is told 403 whatever it sent.
 * Method security still runs afterwards, and alone decides guards that read an argument.
 */
public final class RolesBeforeBinding implements HandlerInterceptor {

    private final EndpointRoles roles;

    public RolesBeforeBinding(EndpointRoles roles) {
        this.roles = roles;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication caller = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        // no caller: a public path, which the filter chain has already let through
        if (handler instanceof HandlerMethod method && caller != null) {
            if (!roles.admits(method, () -> caller).orElse(true)) {
                throw new AuthorizationDeniedException("Access Denied", new AuthorizationDecision(false));
            }
        }
        return true;
    }
}
