package vn.tdkt.localstack.auth;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * The Spring application of the local authorization server. It imports exactly the auto-configurations it needs
 * instead of enabling auto-configuration, so whatever else is on the class path (an e2e test module, for instance)
 * cannot add beans to it, and it scans no packages.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ImportAutoConfiguration({
        PropertyPlaceholderAutoConfiguration.class,
        TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class,
        ErrorMvcAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class,
        JacksonAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class})
class AuthServerConfiguration {

    static final String ISSUER_PROPERTY = "tdkt.auth.issuer";
    static final String KEY_FILE_PROPERTY = "tdkt.auth.key-file";

    /** Long enough for a working day with the dashboard URL that embeds a token. */
    static final Duration ACCESS_TOKEN_TTL = Duration.ofHours(8);

    private static final String UNIT_SETTING = "tdkt.unit";
    private static final String ROLES_SETTING = "tdkt.roles";

    @Bean
    SecurityFilterChain authorizationServerSecurityFilterChain(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
                // Swagger UI on the services' ports asks this server for a token ("Authorize", client credentials)
                .cors(cors -> cors.configurationSource(request -> localPages()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // The OIDC user-info endpoint accepts this server's own access tokens.
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()));
        return http.build();
    }

    /** Pages served from this machine (the services' Swagger UI) may call the token endpoint. */
    private static org.springframework.web.cors.CorsConfiguration localPages() {
        org.springframework.web.cors.CorsConfiguration cors = new org.springframework.web.cors.CorsConfiguration();
        cors.setAllowedOriginPatterns(List.of("http://localhost:[*]", "http://127.0.0.1:[*]"));
        cors.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
        cors.setAllowedHeaders(List.of("*"));
        cors.setMaxAge(3600L);
        return cors;
    }

    @Bean
    RegisteredClientRepository registeredClientRepository() {
        List<RegisteredClient> clients = DemoClients.ALL.stream().map(AuthServerConfiguration::registeredClient).toList();
        return new InMemoryRegisteredClientRepository(clients);
    }

    private static RegisteredClient registeredClient(DemoClient client) {
        return RegisteredClient.withId(client.clientId())
                .clientId(client.clientId())
                // Demo secrets, printed in the README: no point hashing them.
                .clientSecret("{noop}" + client.secret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientSettings(ClientSettings.builder()
                        .setting(UNIT_SETTING, client.unit())
                        .setting(ROLES_SETTING, client.roles())
                        .build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(ACCESS_TOKEN_TTL).build())
                .build();
    }

    /** Puts the client's org unit and roles into its access tokens, where the services' security reads them. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> unitAndRolesClaims() {
        return context -> {
            if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                return;
            }
            ClientSettings settings = context.getRegisteredClient().getClientSettings();
            String unit = settings.getSetting(UNIT_SETTING);
            List<String> roles = settings.getSetting(ROLES_SETTING);
            if (unit != null) {
                context.getClaims().claim("unit", unit);
            }
            if (roles != null) {
                context.getClaims().claim("roles", roles);
            }
        };
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(@Value("${" + KEY_FILE_PROPERTY + "}") Path keyFile) {
        return new ImmutableJWKSet<>(new JWKSet(SigningKeyStore.loadOrCreate(keyFile)));
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
    }

    /** A fixed issuer: tokens must carry the same {@code iss} however the token endpoint was addressed. */
    @Bean
    AuthorizationServerSettings authorizationServerSettings(@Value("${" + ISSUER_PROPERTY + "}") String issuer) {
        return AuthorizationServerSettings.builder().issuer(issuer).build();
    }
}
