package vn.tdkt.platform.config;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import vn.tdkt.platform.security.CachingJwtDecoder;
import vn.tdkt.platform.security.EndpointRoles;
import vn.tdkt.platform.security.JwtPrincipals;
import vn.tdkt.platform.security.PathScopedBearerTokenResolver;
import vn.tdkt.platform.security.RolesBeforeBinding;
import vn.tdkt.platform.security.SecurityProperties;
import vn.tdkt.platform.web.problem.ProblemSecurityHandlers;
import vn.tdkt.platform.web.problem.Problems;

/**
 * Every endpoint needs a bearer token (JWT with {@code unit} and {@code roles} claims) except the configured
 * public paths; failures answer as problem details. An endpoint's role-only {@code @PreAuthorize} is decided before
 * its body is read ({@link RolesBeforeBinding}). Runs before Boot's own web-security auto-configurations so
 * that this chain is the service's chain.
 */
@AutoConfiguration(after = WebAutoConfiguration.class, beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
@EnableMethodSecurity
public class SecurityAutoConfiguration {

    /** Wraps the resource server's decoder (whatever built it: issuer discovery, a key set) in the verified-token cache. */
    @Bean
    static BeanPostProcessor cachingJwtDecoderPostProcessor(
            @Value("${tdkt.security.jwt-cache.max-age:PT5M}") Duration maxAge,
            @Value("${tdkt.security.jwt-cache.max-entries:10000}") int maxEntries) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JwtDecoder decoder && !(bean instanceof CachingJwtDecoder) && maxEntries > 0) {
                    return new CachingJwtDecoder(decoder, Clock.systemUTC(), maxAge, maxEntries);
                }
                return bean;
            }
        };
    }

    @Bean
    EndpointRoles endpointRoles(ObjectProvider<MethodSecurityExpressionHandler> expressions, ApplicationContext context) {
        return new EndpointRoles(expressions.getIfAvailable(() -> {
            DefaultMethodSecurityExpressionHandler handler = new DefaultMethodSecurityExpressionHandler();
            handler.setApplicationContext(context);
            return handler;
        }));
    }

    /** A caller without an endpoint's role is refused before its body is read (see {@link RolesBeforeBinding}). */
    @Bean
    WebMvcConfigurer rolesBeforeBinding(EndpointRoles roles) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new RolesBeforeBinding(roles));
            }
        };
    }

    @Bean
    ProblemSecurityHandlers problemSecurityHandlers(Problems problems, JsonMapper json) {
        return new ProblemSecurityHandlers(problems, json);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain tdktSecurityFilterChain(HttpSecurity http, SecurityProperties properties,
            ProblemSecurityHandlers handlers) throws Exception {
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(properties.allPublicPaths()).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(new PathScopedBearerTokenResolver(properties.queryTokenPaths()))
                        .authenticationEntryPoint(handlers.entryPoint())
                        .accessDeniedHandler(handlers.accessDeniedHandler())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(JwtPrincipals.authenticationConverter())))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(handlers.entryPoint())
                        .accessDeniedHandler(handlers.accessDeniedHandler()))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
