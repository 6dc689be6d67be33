package vn.tdkt.platformtest.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/**
 * MockMvc callers shaped like the tokens of the real authorization server: claims {@code unit} and
 * {@code roles}, authorities {@code ROLE_<role>}.
 */
public final class TestTokens {

    private TestTokens() {
    }

    public static JwtRequestPostProcessor as(String unit, String... roles) {
        return token(unit.toLowerCase() + "-user", unit, Arrays.asList(roles));
    }

    public static JwtRequestPostProcessor unitOfficer(String unit) {
        return as(unit, "UNIT_OFFICER");
    }

    public static JwtRequestPostProcessor snvOfficer() {
        return as("SNV", "SNV_OFFICER");
    }

    public static JwtRequestPostProcessor councilMember() {
        return as("HDTDKT", "COUNCIL_MEMBER");
    }

    public static JwtRequestPostProcessor leader() {
        return as("UBND", "LEADER");
    }

    public static JwtRequestPostProcessor admin() {
        return as("SNV", "ADMIN", "SNV_OFFICER");
    }

    /**
     * A validly signed token with {@code roles} but no {@code unit} claim, its authorities granted as a careless
     * authorization server would: the platform must not let it read every unit's data.
     */
    public static JwtRequestPostProcessor withoutUnit(String... roles) {
        return token("no-unit-user", null, Arrays.asList(roles));
    }

    /** A token of {@code subject} with the {@code roles} claim, the {@code unit} claim unless null, and their authorities. */
    private static JwtRequestPostProcessor token(String subject, String unit, List<String> roles) {
        return jwt()
                .jwt(token -> {
                    token.subject(subject).claim("roles", roles);
                    if (unit != null) {
                        token.claim("unit", unit);
                    }
                })
                .authorities(roles.stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role)).toList());
    }

    /** A valid token with no role at all: authenticated but allowed nothing. */
    public static JwtRequestPostProcessor noRole(String unit) {
        return as(unit);
    }
}
