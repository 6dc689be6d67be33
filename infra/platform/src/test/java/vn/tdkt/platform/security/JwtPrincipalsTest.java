package vn.tdkt.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** A token's roles hold only where its reads can be scoped: a unit-scoped role needs the token to name its unit. */
class JwtPrincipalsTest {

    @Test
    void a_unit_scoped_role_without_a_unit_holds_no_role() {
        for (Jwt token : List.of(token(null, "UNIT_OFFICER"), token(" ", "UNIT_OFFICER"), token(null, "COUNCIL_MEMBER"),
                token(null, "UNIT_OFFICER", "COUNCIL_MEMBER"))) {
            assertThat(JwtPrincipals.principal(token).roles()).as(token.getClaims().toString()).isEmpty();
            assertThat(JwtPrincipals.authorities(token)).as(token.getClaims().toString()).isEmpty();
        }
    }

    @Test
    void a_unit_scoped_role_with_its_unit_and_a_province_wide_role_without_one_hold() {
        assertThat(JwtPrincipals.principal(token("SGDDT", "UNIT_OFFICER")).roles())
                .containsExactly(TdktRole.UNIT_OFFICER);
        assertThat(JwtPrincipals.principal(token(null, "SNV_OFFICER")).roles()).containsExactly(TdktRole.SNV_OFFICER);
        assertThat(JwtPrincipals.authorities(token(null, "LEADER", "COUNCIL_MEMBER")))
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_LEADER", "ROLE_COUNCIL_MEMBER");
    }

    private static Jwt token(String unit, String... roles) {
        Jwt.Builder token = Jwt.withTokenValue("t").header("alg", "RS256").subject("someone")
                .issuedAt(Instant.EPOCH).expiresAt(Instant.EPOCH.plusSeconds(60))
                .claim(JwtPrincipals.ROLES_CLAIM, List.of(roles));
        if (unit != null) {
            token.claim(JwtPrincipals.UNIT_CLAIM, unit);
        }
        return token.build();
    }
}
