package vn.tdkt.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;

/** The unit scope every service's unit-owned lists and reads share. */
class UnitScopeTest {

    private static final PageQuery PAGE = new PageQuery(0, 20);

    private static TdktPrincipal caller(String unit, TdktRole... roles) {
        return new TdktPrincipal("user", unit, Set.of(roles));
    }

    @Test
    void a_reader_of_every_unit_lists_the_unit_asked_for_or_every_unit() {
        for (TdktRole role : TdktRole.PROVINCE_READERS) {
            assertThat(UnitScope.of(caller("SNV", role), "SGDDT", TdktRole.PROVINCE_READERS))
                    .isEqualTo(new UnitScope("SGDDT", null));
            assertThat(UnitScope.of(caller("SNV", role), " ", TdktRole.PROVINCE_READERS))
                    .isEqualTo(new UnitScope(null, null));
        }
        assertThat(UnitScope.of(caller("HDTDKT", TdktRole.COUNCIL_MEMBER), null, TdktRole.PROVINCE_WIDE))
                .as("a council member reads only its own unit where the feature's readers are the province-wide ones")
                .isEqualTo(new UnitScope("HDTDKT", null));
    }

    @Test
    void a_unit_officer_lists_the_own_unit_and_another_unit_is_foreign() {
        TdktPrincipal officer = caller("SGDDT", TdktRole.UNIT_OFFICER);
        assertThat(UnitScope.of(officer, null, TdktRole.PROVINCE_WIDE)).isEqualTo(new UnitScope("SGDDT", null));
        assertThat(UnitScope.of(officer, " SGDDT ", TdktRole.PROVINCE_WIDE)).isEqualTo(new UnitScope("SGDDT", null));
        UnitScope foreign = UnitScope.of(officer, "SYT", TdktRole.PROVINCE_WIDE);
        assertThat(foreign.foreign()).isTrue();
        assertThat(foreign.unitCode()).as("still the own unit, should a feature read it anyway").isEqualTo("SGDDT");
        assertThatThrownBy(() -> foreign.unitOrNotFound("thing.unit-not-found"))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
                    assertThat(refused.code()).isEqualTo("thing.unit-not-found");
                });

        List<String> asked = new ArrayList<>();
        PageResponse<String> own = UnitScope.of(officer, null, TdktRole.PROVINCE_WIDE).page(PAGE, unit -> {
            asked.add(unit);
            return List.of("a", "b");
        }, unit -> 2);
        assertThat(own.items()).containsExactly("a", "b");
        assertThat(own.total()).isEqualTo(2);
        PageResponse<String> other = foreign.page(PAGE, unit -> {
            asked.add(unit);
            return List.of("x");
        }, unit -> 1);
        assertThat(other.items()).isEmpty();
        assertThat(other.total()).isZero();
        assertThat(asked).as("another unit's records are not even read").containsExactly("SGDDT");
    }

    @Test
    void a_caller_who_reads_no_unit_is_forbidden_and_never_scoped_to_every_unit() {
        List<TdktPrincipal> refused = List.of(caller("SGDDT"), caller(null, TdktRole.UNIT_OFFICER),
                // a leader keeps its role without a unit, but where only Sở Nội vụ reads every unit it has none to read
                caller(null, TdktRole.LEADER));
        for (TdktPrincipal caller : refused) {
            assertThatThrownBy(() -> UnitScope.of(caller, null, TdktRole.SNV_OR_ADMIN)).as(caller.toString())
                    .isInstanceOf(DomainException.class).hasMessageContaining("security.forbidden");
        }
        assertThatThrownBy(() -> UnitScope.requireOwnUnit(caller("SNV", TdktRole.SNV_OFFICER)))
                .hasMessageContaining("security.forbidden");
        assertThatThrownBy(() -> UnitScope.requireOwnUnit(caller(null, TdktRole.UNIT_OFFICER, TdktRole.SNV_OFFICER)))
                .as("a unit officer's own unit must be named").hasMessageContaining("security.forbidden");
        assertThat(UnitScope.requireOwnUnit(caller("SGDDT", TdktRole.UNIT_OFFICER))).isEqualTo("SGDDT");
    }
}
