package vn.tdkt.contracts.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An emulation movement (phong trào thi đua) was launched: from now on its participating units may register
 * (đăng ký thi đua) and, inside the nomination window, propose the award forms it offers within their quotas.
 *
 * @param kind           REGULAR (thường xuyên), THEMATIC (chuyên đề), AD_HOC (đột xuất) or FIVE_YEAR (5 năm)
 * @param directive      the launching document, e.g. "Chỉ thị 01/CT-UBND"
 * @param planId         the plan the movement implements, if any
 * @param participants   codes of the participating units
 * @param awardForms     codes of the award forms the movement offers (award catalogue codes)
 * @param quotas         per-unit caps (R-DL-03): at most {@code max} proposals of {@code awardCode} from {@code unitCode}
 * @param receivingUnit  the unit whose desk receives the dossiers (e.g. SNV), if one is named
 * @param receivingDesk  the receiving desk as text (e.g. "Phòng Thi đua, khen thưởng, Sở Nội vụ")
 */
public record MovementLaunched(
        @NotBlank String movementId,
        @NotBlank String name,
        @NotBlank String kind,
        String directive,
        @NotNull LocalDate periodFrom,
        @NotNull LocalDate periodTo,
        String planId,
        @NotNull List<String> participants,
        @NotNull List<String> awardForms,
        @NotNull @Valid List<Quota> quotas,
        @NotNull LocalDate nominationFrom,
        @NotNull LocalDate nominationTo,
        String receivingUnit,
        String receivingDesk,
        @NotNull Instant launchedAt,
        @NotBlank String launchedBy) implements MovementEvent {

    public record Quota(@NotBlank String unitCode, @NotBlank String awardCode, int max) {
    }
}
