package vn.tdkt.reporting.projection.domain;

import java.time.LocalDate;
import java.util.List;
import vn.tdkt.contracts.plan.UnitProfile;

/**
 * Read model of one org unit of the registry: what the dashboard shows instead of a code. Registering and changing
 * a unit both carry its whole description.
 */
public record UnitRow(String code, String name, String kind, String parentCode, List<String> aliases,
        LocalDate activeFrom, LocalDate activeTo, String successorCode) {

    public UnitRow {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public static UnitRow of(String code) {
        return new UnitRow(code, null, null, null, List.of(), null, null, null);
    }

    /** {@code unit-registered} and {@code unit-changed} both carry the unit's whole entry: it replaces the row. */
    public UnitRow described(UnitProfile unit) {
        return new UnitRow(code, unit.name(), unit.kind(), unit.parentCode(), unit.aliases(), unit.activeFrom(),
                unit.activeTo(), unit.successorCode());
    }
}
