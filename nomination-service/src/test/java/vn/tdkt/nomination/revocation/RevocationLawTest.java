package vn.tdkt.nomination.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.nomination.catalogue.domain.AwardKind;
import vn.tdkt.nomination.register.domain.DecidingAuthority;
import vn.tdkt.nomination.revocation.domain.RevocationLaw;

/** Who may revoke, from {@code revocation/revocation.yaml}. */
class RevocationLawTest {

    final RevocationLaw law = RevocationLaw.bundled();

    /**
     * The deciding level revokes (R-REV-01); a district award is revoked by the district until 30 June 2025 and by
     * the commune after (its powers went there); a state honorary title only by the State President (R-REV-02).
     */
    @ParameterizedTest(name = "{0} decided by {1}, revoked on {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            COMMENDATION          | CHU_TICH_UBND_TINH  | 2026-12-20 | CHU_TICH_UBND_TINH  | R-REV-01 | Điều 93 khoản 8
            EMULATION_TITLE       | CHU_TICH_UBND_HUYEN | 2025-06-30 | CHU_TICH_UBND_HUYEN | R-REV-01 | Điều 93 khoản 8
            EMULATION_TITLE       | CHU_TICH_UBND_HUYEN | 2025-07-01 | CHU_TICH_UBND_XA    | R-REV-01 | 129/2025
            STATE_HONORARY_TITLE  | THU_TUONG           | 2026-12-20 | CHU_TICH_NUOC       | R-REV-02 | Điều 93 khoản 7
            """)
    void the_law_names_who_revokes(AwardKind kind, DecidingAuthority decidedBy, LocalDate on,
            DecidingAuthority revokedBy, String rule, String citation) {
        RevocationLaw.Required required = law.requiredFor(kind, decidedBy, on);

        assertThat(required.authority()).isEqualTo(revokedBy);
        assertThat(required.rule()).isEqualTo(rule);
        assertThat(required.citation()).contains(citation);
    }
}
