package vn.tdkt.nomination.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;

/** The unit scope every unit-owned list (dossiers, batches, the fact registers, the award register) shares. */
class UnitScopeTest {

    private static final PageQuery PAGE = new PageQuery(0, 20);

    private static TdktPrincipal caller(String unit, TdktRole... roles) {
        return new TdktPrincipal("user", unit, Set.of(roles));
    }

    @Test
    void a_province_wide_reader_lists_the_unit_asked_for_or_every_unit() {
        for (TdktRole role : List.of(TdktRole.SNV_OFFICER, TdktRole.COUNCIL_MEMBER, TdktRole.LEADER, TdktRole.ADMIN)) {
            assertThat(UnitScope.of(caller("SNV", role), "SGDDT")).isEqualTo(new UnitScope("SGDDT", false));
            assertThat(UnitScope.of(caller("SNV", role), null)).isEqualTo(new UnitScope(null, false));
            assertThat(UnitScope.readsEveryUnit(caller("SNV", role))).isTrue();
        }
    }

    @Test
    void a_unit_officer_lists_the_own_unit_and_gets_an_empty_page_for_another() {
        TdktPrincipal officer = caller("SGDDT", TdktRole.UNIT_OFFICER);
        assertThat(UnitScope.readsEveryUnit(officer)).isFalse();
        assertThat(UnitScope.of(officer, null)).isEqualTo(new UnitScope("SGDDT", false));
        assertThat(UnitScope.of(officer)).as("every unit the caller reads").isEqualTo(new UnitScope("SGDDT", false));
        assertThat(UnitScope.of(caller("SNV", TdktRole.LEADER))).isEqualTo(new UnitScope(null, false));
        assertThat(UnitScope.of(officer, "SGDDT")).isEqualTo(new UnitScope("SGDDT", false));

        List<String> asked = new ArrayList<>();
        PageResponse<String> own = UnitScope.of(officer, null).page(PAGE, unit -> {
            asked.add(unit);
            return List.of("a", "b");
        }, unit -> 2);
        assertThat(own.items()).containsExactly("a", "b");
        assertThat(own.total()).isEqualTo(2);
        assertThat(asked).containsExactly("SGDDT");

        PageResponse<String> other = UnitScope.of(officer, "SYT").page(PAGE, unit -> {
            asked.add(unit);
            return List.of("x");
        }, unit -> 1);
        assertThat(other.items()).isEmpty();
        assertThat(other.total()).isZero();
        assertThat(asked).as("another unit's records are not even read").containsExactly("SGDDT");
    }

    @Test
    void a_caller_without_a_reading_role_or_a_unit_is_forbidden() {
        assertThatThrownBy(() -> UnitScope.of(caller("SGDDT"), null)).isInstanceOf(DomainException.class)
                .hasMessageContaining("security.forbidden");
        assertThatThrownBy(() -> UnitScope.of(caller(null, TdktRole.UNIT_OFFICER), null))
                .isInstanceOf(DomainException.class).hasMessageContaining("security.forbidden");
    }
}
