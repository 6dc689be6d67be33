package vn.tdkt.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import vn.tdkt.platform.domain.DomainException;

/** Maps the token's {@code unit} and {@code roles} claims to authorities and to a {@link TdktPrincipal}. */
public final class JwtPrincipals {

    public static final String UNIT_CLAIM = "unit";
    public static final String ROLES_CLAIM = "roles";

    private JwtPrincipals() {
    }

    public static Converter<Jwt, AbstractAuthenticationToken> authenticationConverter() {
        return jwt -> new JwtAuthenticationToken(jwt, authorities(jwt), jwt.getSubject());
    }

    static Collection<GrantedAuthority> authorities(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (TdktRole role : principal(jwt).roles()) {
            authorities.add(new SimpleGrantedAuthority(role.authority()));
        }
        return authorities;
    }

    /** The caller a token names; without a unit it holds no role unless one reads province-wide (TdktPrincipal). */
    public static TdktPrincipal principal(Jwt jwt) {
        return new TdktPrincipal(jwt.getSubject(), jwt.getClaimAsString(UNIT_CLAIM), roles(jwt));
    }

    /** The caller of the current request; 401 problem if there is none. */
    public static TdktPrincipal current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return principal(token.getToken());
        }
        throw DomainException.forbidden("security.no-principal");
    }

    /** The platform roles the token's {@code roles} claim names; other names are ignored. */
    private static Set<TdktRole> roles(Jwt jwt) {
        Set<TdktRole> roles = EnumSet.noneOf(TdktRole.class);
        List<String> names = jwt.hasClaim(ROLES_CLAIM) ? jwt.getClaimAsStringList(ROLES_CLAIM) : List.of();
        for (String name : names) {
            for (TdktRole role : TdktRole.values()) {
                if (role.name().equals(name)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
