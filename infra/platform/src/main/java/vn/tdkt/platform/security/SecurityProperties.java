package vn.tdkt.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicPaths           paths reachable without a token (health probes, API documentation)
 * @param additionalPublicPaths a service's own additions (e.g. the dashboard's static page)
 * @param queryTokenPaths       paths that may take the token as {@code ?access_token=} because the browser API
 *                              cannot set headers there (EventSource); nowhere else, since URLs end up in logs
 */
@ConfigurationProperties("tdkt.security")
public record SecurityProperties(List<String> publicPaths, List<String> additionalPublicPaths,
        List<String> queryTokenPaths) {

    public SecurityProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
        additionalPublicPaths = additionalPublicPaths == null ? List.of() : List.copyOf(additionalPublicPaths);
        queryTokenPaths = queryTokenPaths == null ? List.of() : List.copyOf(queryTokenPaths);
    }

    public String[] allPublicPaths() {
        return java.util.stream.Stream.concat(publicPaths.stream(), additionalPublicPaths.stream())
                .toArray(String[]::new);
    }
}
