package vn.tdkt.platform.apidocs;

import com.github.therapi.runtimejavadoc.ClassJavadoc;
import com.github.therapi.runtimejavadoc.CommentFormatter;
import com.github.therapi.runtimejavadoc.RuntimeJavadoc;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.method.HandlerMethod;
import vn.tdkt.platform.config.SecurityAutoConfiguration;
import vn.tdkt.platform.security.EndpointRoles;
import vn.tdkt.platform.security.SecurityProperties;
import vn.tdkt.platform.security.TdktRole;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.IfMatch;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageQueryArgumentResolver;
import vn.tdkt.platform.web.paging.PagingProperties;

/**
 * Every service's OpenAPI document tells a newcomer how to call it: the OAuth2 client-credentials flow against the
 * issuer (so Swagger UI's "Authorize" works with the demo clients) and the bearer scheme, the problem-detail
 * responses the platform produces, the roles an operation admits ({@code x-roles} and its 403), the
 * {@code If-Match} and {@code Idempotency-Key} headers where they apply, and tags described from the controllers'
 * Javadoc. Operation summaries and descriptions come from each controller method's Javadoc (compiled in by the
 * therapi annotation processor).
 */
@AutoConfiguration(after = SecurityAutoConfiguration.class)
@ConditionalOnClass(OpenAPI.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(ApiDocsProperties.class)
public class ApiDocsAutoConfiguration {

    static final String OAUTH2 = "oauth2";
    static final String BEARER = "bearer";
    /** The operation's extension listing the roles its role-only guard admits. */
    static final String ROLES = "x-roles";

    static {
        // resolved by the platform from the token and the If-Match header, not request parameters a caller sets; a
        // PageQuery is documented below as its two query parameters
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(TdktPrincipal.class, IfMatch.class, PageQuery.class);
    }

    private final Map<String, Class<?>> controllersByTag = new ConcurrentHashMap<>();

    @Bean
    GlobalOperationCustomizer tdktOperationDocs(ObjectProvider<PagingProperties> pagingSettings,
            ObjectProvider<EndpointRoles> endpointRoles) {
        PagingProperties paging = pagingSettings.getIfAvailable(() -> new PagingProperties(null, null));
        Optional<EndpointRoles> roles = Optional.ofNullable(endpointRoles.getIfAvailable());
        return (Operation operation, HandlerMethod handler) -> {
            if (operation.getTags() != null) {
                operation.getTags().forEach(tag -> controllersByTag.putIfAbsent(tag, handler.getBeanType()));
            }
            OperationText.describe(operation, handler);
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            boolean takesIfMatch = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(parameter -> IfMatch.class.equals(parameter.getParameterType()));
            if (takesIfMatch) {
                addParameterOnce(operation, new HeaderParameter().name("If-Match").required(false)
                        .schema(new StringSchema().example("\"3\""))
                        .description("ETag của lần đọc trước; nếu đã có người khác cập nhật, trả 412 và không thay đổi"
                                + " gì; không đúng cú pháp (không phải các ETag trong dấu ngoặc kép, hay *): 400"));
                responses.putIfAbsent("412", ProblemResponses.response("412"));
            }
            boolean pages = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(parameter -> PageQuery.class.equals(parameter.getParameterType()));
            if (pages) {
                addParameterOnce(operation, new QueryParameter().name(PageQueryArgumentResolver.PAGE).required(false)
                        .schema(new IntegerSchema().minimum(BigDecimal.ZERO).example(0))
                        .description("page number, from 0"));
                addParameterOnce(operation, new QueryParameter().name(PageQueryArgumentResolver.SIZE).required(false)
                        .schema(new IntegerSchema().minimum(BigDecimal.ONE).example(paging.defaultSize()))
                        .description("page size, default " + paging.defaultSize() + ", at most " + paging.maxSize()));
            }
            boolean post = handler.getMethod().isAnnotationPresent(org.springframework.web.bind.annotation.PostMapping.class);
            if (post) {
                addParameterOnce(operation, new HeaderParameter().name("Idempotency-Key").required(false)
                        .schema(new StringSchema().maxLength(200).example("hs-2026-0001"))
                        .description("gửi lại cùng khoá thì nhận lại đúng câu trả lời lần đầu; khác nội dung thì 422"));
                responses.putIfAbsent("422", ProblemResponses.response("422"));
            }
            responses.putIfAbsent("400", ProblemResponses.response("400"));
            responses.putIfAbsent("401", ProblemResponses.response("401"));
            // the roles, also as data: a client (or a test) can tell who may call without reading the text
            Optional<List<TdktRole>> admitted = roles.flatMap(guard -> guard.admitted(handler));
            admitted.ifPresent(list -> operation.addExtension(ROLES, list.stream().map(TdktRole::name).toList()));
            boolean anyToken = roles.map(guard -> guard.admitsAnyToken(handler)).orElse(false);
            if (!anyToken) {
                responses.putIfAbsent("403", admitted.map(ProblemResponses::forbidden)
                        .orElseGet(() -> ProblemResponses.response("403")));
            }
            boolean readsOne = handler.getMethod().getParameterCount() > 0 && Arrays.stream(handler.getMethodParameters())
                    .anyMatch(parameter -> parameter.hasParameterAnnotation(
                            org.springframework.web.bind.annotation.PathVariable.class));
            if (readsOne) {
                responses.putIfAbsent("404", ProblemResponses.response("404"));
            }
            boolean changes = !handler.getMethod().isAnnotationPresent(org.springframework.web.bind.annotation.GetMapping.class);
            if (changes) {
                responses.putIfAbsent("409", ProblemResponses.response("409"));
            }
            operation.setResponses(responses);
            return operation;
        };
    }

    @Bean
    GlobalOpenApiCustomizer tdktOpenApiDocs(ApiDocsProperties properties, SecurityProperties security,
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:http://localhost:9000}") String issuer,
            @Value("${spring.application.name:tdkt}") String application) {
        return openApi -> {
            openApi.info(new Info()
                    .title(properties.title() == null ? application : properties.title())
                    .description(properties.description() == null ? application : properties.description())
                    .version(properties.version())
                    .contact(new Contact().name(properties.contactName()).email(properties.contactEmail())
                            .url(properties.contactUrl()))
                    .license(new License().name(properties.licenseName()).url(properties.licenseUrl())));
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            components.addSchemas(ProblemResponses.SCHEMA, ProblemResponses.schema());
            components.addSecuritySchemes(OAUTH2, new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                    .description("Client credentials of the province's identity provider (locally: the demo clients "
                            + "in the README, e.g. snv / snv-secret)")
                    .flows(new OAuthFlows().clientCredentials(new OAuthFlow()
                            .tokenUrl(issuer.replaceAll("/+$", "") + "/oauth2/token").scopes(new Scopes()))));
            components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                    .bearerFormat("JWT").description("A token with the `unit` and `roles` claims"));
            openApi.components(components);
            openApi.security(List.of(new SecurityRequirement().addList(OAUTH2), new SecurityRequirement().addList(BEARER)));
            AntPathMatcher matcher = new AntPathMatcher();
            List<String> publicPaths = List.of(security.allPublicPaths());
            if (openApi.getPaths() != null) {
                openApi.getPaths().forEach((path, item) -> {
                    if (publicPaths.stream().anyMatch(pattern -> matcher.match(pattern, path))) {
                        item.readOperations().forEach(ApiDocsAutoConfiguration::markPublic);
                    }
                });
            }
            describeTags(openApi);
            OperationText.finish(openApi);
        };
    }

    /**
     * One operation can be served by several handler methods (one per request content type, e.g. a plan import as
     * text, as JSON or as a file): each of them passes here, and the guard headers are declared once.
     */
    private static void addParameterOnce(Operation operation, io.swagger.v3.oas.models.parameters.Parameter added) {
        boolean present = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> added.getName().equalsIgnoreCase(parameter.getName())
                        && added.getIn().equals(parameter.getIn()));
        if (!present) {
            operation.addParametersItem(added);
        }
    }

    /** A public page (a verification link, a public notice): no token, so no 401 or 403. */
    private static void markPublic(Operation operation) {
        operation.setSecurity(List.of());
        if (operation.getResponses() != null) {
            operation.getResponses().remove("401");
            operation.getResponses().remove("403");
        }
    }

    private void describeTags(OpenAPI openApi) {
        List<Tag> tags = openApi.getTags() == null ? new ArrayList<>() : new ArrayList<>(openApi.getTags());
        if (openApi.getPaths() != null) {
            openApi.getPaths().values().stream().map(PathItem::readOperations).flatMap(List::stream)
                    .filter(operation -> operation.getTags() != null)
                    .flatMap(operation -> operation.getTags().stream()).distinct()
                    .filter(name -> tags.stream().noneMatch(tag -> tag.getName().equals(name)))
                    .forEach(name -> tags.add(new Tag().name(name).description(describe(name))));
        }
        tags.sort(java.util.Comparator.comparing(Tag::getName));
        openApi.setTags(tags);
    }

    private String describe(String tag) {
        Class<?> controller = controllersByTag.get(tag);
        if (controller != null) {
            ClassJavadoc javadoc = RuntimeJavadoc.getJavadoc(controller);
            String text = new CommentFormatter().format(javadoc.getComment()).trim();
            if (!text.isEmpty()) {
                return text;
            }
        }
        return tag;
    }
}
