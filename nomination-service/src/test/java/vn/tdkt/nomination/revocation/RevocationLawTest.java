package vn.tdkt.nomination.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.tdkt.nomination.catalogue.domain.AwardKind;
import vn.tdkt.nomination.register.domain.DecidingAuthority;
import vn.tdkt.nomination.revocation.domain.RevocationLaw;

/** Who may revoke, from {@code revocation/revocation.yaml}. */
class RevocationLawTest {

    final RevocationLaw law = RevocationLaw.bundled();

    @Test
    void the_deciding_level_revokes() {
        RevocationLaw.Required required = law.requiredFor(AwardKind.COMMENDATION,
                DecidingAuthority.CHU_TICH_UBND_TINH, LocalDate.of(2026, 12, 20));
        assertThat(required.authority()).isEqualTo(DecidingAuthority.CHU_TICH_UBND_TINH);
        assertThat(required.rule()).isEqualTo("R-REV-01");
        assertThat(required.citation()).contains("Điều 93 khoản 8");
    }

    @Test
    void a_district_award_is_revoked_by_the_district_until_30_june_2025_and_by_the_commune_after() {
        assertThat(law.requiredFor(AwardKind.EMULATION_TITLE, DecidingAuthority.CHU_TICH_UBND_HUYEN,
                LocalDate.of(2025, 6, 30)).authority()).isEqualTo(DecidingAuthority.CHU_TICH_UBND_HUYEN);
        RevocationLaw.Required after = law.requiredFor(AwardKind.EMULATION_TITLE,
                DecidingAuthority.CHU_TICH_UBND_HUYEN, LocalDate.of(2025, 7, 1));
        assertThat(after.authority()).isEqualTo(DecidingAuthority.CHU_TICH_UBND_XA);
        assertThat(after.citation()).contains("129/2025");
    }

    @Test
    void a_state_honorary_title_only_by_the_state_president() {
        RevocationLaw.Required required = law.requiredFor(AwardKind.STATE_HONORARY_TITLE,
                DecidingAuthority.THU_TUONG, LocalDate.of(2026, 12, 20));
        assertThat(required.authority()).isEqualTo(DecidingAuthority.CHU_TICH_NUOC);
        assertThat(required.rule()).isEqualTo("R-REV-02");
        assertThat(required.citation()).contains("Điều 93 khoản 7");
    }
}
