package vn.tdkt.contracts.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * An org unit entered the unit registry.
 *
 * @param kind    PROVINCE, OFFICE, DEPARTMENT, COMMUNE, WARD, SPECIAL_ZONE, DISTRICT (history only), SUB_UNIT, ENTERPRISE, COUNCIL, EXTERNAL, GROUP
 * @param nameKey the folded name (no case, no diacritics) for matching
 */
public record UnitRegistered(
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
        String successorCode) implements UnitEvent {
}
