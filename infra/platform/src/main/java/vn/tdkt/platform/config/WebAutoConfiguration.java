package vn.tdkt.platform.config;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;
import vn.tdkt.platform.security.JwtPrincipals;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.trace.TraceContextFilter;
import vn.tdkt.platform.web.IfMatch;
import vn.tdkt.platform.web.RequestLocaleFilter;
import vn.tdkt.platform.web.idempotency.IdempotencyKeyFilter;
import vn.tdkt.platform.web.idempotency.IdempotencyStore;
import vn.tdkt.platform.web.paging.PageQueryArgumentResolver;
import vn.tdkt.platform.web.paging.PagingProperties;
import vn.tdkt.platform.web.parameters.TypedParameterResolver;
import vn.tdkt.platform.web.problem.ProblemDetailsAdvice;
import vn.tdkt.platform.web.problem.ProblemErrorReportValve;
import vn.tdkt.platform.web.problem.ProblemErrorReports;
import vn.tdkt.platform.web.problem.Problems;

/**
 * The REST conventions: problem details in Vietnamese or English (also for what Tomcat refuses, and in the filters'
 * language as in the controllers'), trace context from {@code traceparent}, {@code Idempotency-Key} replay on POSTs,
 * paging settings, and the {@code TdktPrincipal}, {@code IfMatch} and {@code PageQuery} controller parameters.
 */
@AutoConfiguration(after = CoreAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(PagingProperties.class)
public class WebAutoConfiguration {

    @Bean
    Problems problems(MessageSource messageSource) {
        return new Problems(messageSource);
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice(Problems problems) {
        return new ProblemDetailsAdvice(problems);
    }

    /** Tomcat's own refusals (a request line or headers too long) answer with a problem too, not an HTML page. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
    static class TomcatErrorReports {

        @Bean
        ProblemErrorReports problemErrorReports(Problems problems, ObjectProvider<LocaleResolver> localeResolver,
                JsonMapper json) {
            return new ProblemErrorReports(new ProblemErrorReportValve(problems, localeResolver, json));
        }
    }

    @Bean
    FilterRegistrationBean<TraceContextFilter> traceContextFilter() {
        FilterRegistrationBean<TraceContextFilter> registration = new FilterRegistrationBean<>(new TraceContextFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestLocaleFilter> requestLocaleFilter(LocaleResolver localeResolver) {
        FilterRegistrationBean<RequestLocaleFilter> registration =
                new FilterRegistrationBean<>(new RequestLocaleFilter(localeResolver));
        // after Spring's request-context filter (-105), which sets the JVM's locale, and before Spring Security (-100)
        registration.setOrder(-104);
        return registration;
    }

    @Bean
    IdempotencyStore idempotencyStore(MongoTemplate mongo, Clock clock,
            @Value("${tdkt.idempotency.retention:P2D}") Duration retention,
            @Value("${tdkt.idempotency.in-progress-timeout:PT30S}") Duration inProgressTimeout) {
        return new IdempotencyStore(mongo, clock, retention, inProgressTimeout);
    }

    @Bean
    FilterRegistrationBean<IdempotencyKeyFilter> idempotencyKeyFilter(IdempotencyStore store, Problems problems,
            JsonMapper json) {
        FilterRegistrationBean<IdempotencyKeyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyKeyFilter(store, problems, json));
        // After Spring Security (order -100), so the key is scoped to an authenticated caller.
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        return registration;
    }

    @Bean
    WebMvcConfigurer platformArgumentResolvers(PagingProperties paging) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(TypedParameterResolver.of(TdktPrincipal.class, request -> JwtPrincipals.current()));
                resolvers.add(TypedParameterResolver.of(IfMatch.class,
                        request -> IfMatch.of(request.getHeader(HttpHeaders.IF_MATCH))));
                resolvers.add(new PageQueryArgumentResolver(paging));
            }
        };
    }
}
