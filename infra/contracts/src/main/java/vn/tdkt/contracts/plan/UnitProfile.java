package vn.tdkt.contracts.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * An org unit's registry entry, whole: the header every {@link UnitEvent} carries, since registering and changing a
 * unit both publish its full new state. Events hold it as a {@code @JsonUnwrapped} component, so on the wire its
 * fields stay top-level fields of each event, exactly as the {@code unit-*.v1} schemas describe them; {@code @Valid}
 * on that component keeps these constraints checked.
 *
 * @param kind    PROVINCE, OFFICE, DEPARTMENT, COMMUNE, WARD, SPECIAL_ZONE, DISTRICT (history only), SUB_UNIT, ENTERPRISE, COUNCIL, EXTERNAL, GROUP
 * @param nameKey the folded name (no case, no diacritics) for matching
 * @param successorCode the unit that took over after a merger, if any
 */
public record UnitProfile(
        @NotBlank String unitCode,
        @NotBlank String name,
        @NotBlank String nameKey,
        @NotBlank String kind,
        @NotNull List<String> aliases,
        String parentCode,
        String headName,
        String headTitle,
        String headEmail,
        String email,
        String webhookUrl,
        LocalDate activeFrom,
        LocalDate activeTo,
        String successorCode) {
}
