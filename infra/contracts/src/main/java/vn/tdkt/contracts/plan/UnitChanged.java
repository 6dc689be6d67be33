package vn.tdkt.contracts.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * An org unit's registry entry changed (name, head, contacts, parent, active period, successor after a merger).
 * Carries the whole new state plus the names of the changed fields.
 */
public record UnitChanged(
        @NotBlank String unitCode,
        @NotBlank String name,
        @NotBlank String nameKey,
        @NotBlank String kind,
        @NotNull List<String> aliases,
        @NotNull List<String> changedFields,
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
