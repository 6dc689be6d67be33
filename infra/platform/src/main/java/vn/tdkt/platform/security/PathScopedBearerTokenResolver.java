package vn.tdkt.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** Reads the bearer token from the header everywhere, and from {@code access_token} only on listed GET paths. */
public class PathScopedBearerTokenResolver implements BearerTokenResolver {

    private final DefaultBearerTokenResolver headerOnly = new DefaultBearerTokenResolver();
    private final DefaultBearerTokenResolver headerOrQuery = new DefaultBearerTokenResolver();
    private final List<PathPattern> queryTokenPaths;

    public PathScopedBearerTokenResolver(List<String> queryTokenPaths) {
        headerOrQuery.setAllowUriQueryParameter(true);
        this.queryTokenPaths = queryTokenPaths.stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    public String resolve(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        boolean queryAllowed = "GET".equals(request.getMethod())
                && queryTokenPaths.stream().anyMatch(pattern -> pattern.matches(path));
        return (queryAllowed ? headerOrQuery : headerOnly).resolve(request);
    }
}
