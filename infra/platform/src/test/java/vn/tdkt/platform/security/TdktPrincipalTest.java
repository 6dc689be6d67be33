package vn.tdkt.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tdkt.platform.domain.DomainException;

class TdktPrincipalTest {

    private final TdktPrincipal unitOfficer = new TdktPrincipal("u1", "SGDDT", Set.of(TdktRole.UNIT_OFFICER));
    private final TdktPrincipal noRole = new TdktPrincipal("c1", null, Set.of());

    @Test
    void a_command_for_some_roles_refuses_a_caller_with_none_of_them() {
        assertThatCode(() -> unitOfficer.requireAnyRole(TdktRole.SNV_OFFICER, TdktRole.UNIT_OFFICER))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> unitOfficer.requireAnyRole(TdktRole.SNV_OFFICER, TdktRole.ADMIN))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
                    assertThat(refused.code()).isEqualTo("security.forbidden");
                });
    }

    @Test
    void a_caller_without_any_role_is_refused_where_any_role_will_do() {
        assertThatCode(unitOfficer::requireSomeRole).doesNotThrowAnyException();
        assertThatThrownBy(noRole::requireSomeRole).isInstanceOf(DomainException.class)
                .hasMessageContaining("security.forbidden");
    }

    @Test
    void a_caller_naming_no_unit_keeps_its_roles_only_when_one_reads_province_wide() {
        assertThat(new TdktPrincipal("u", null, Set.of(TdktRole.UNIT_OFFICER)).roles()).isEmpty();
        assertThat(new TdktPrincipal("u", " ", Set.of(TdktRole.COUNCIL_MEMBER))).satisfies(blank -> {
            assertThat(blank.roles()).isEmpty();
            assertThat(blank.unitCode()).as("a blank unit is none").isNull();
        });
        assertThat(new TdktPrincipal("u", null, Set.of(TdktRole.LEADER, TdktRole.COUNCIL_MEMBER)).roles())
                .containsExactlyInAnyOrder(TdktRole.LEADER, TdktRole.COUNCIL_MEMBER);
        assertThat(new TdktPrincipal("u", "SGDDT", Set.of(TdktRole.UNIT_OFFICER)).roles())
                .containsExactly(TdktRole.UNIT_OFFICER);
    }
}
