package vn.tdkt.reporting.projection.domain;

import java.time.LocalDate;
import java.util.List;
import vn.tdkt.contracts.plan.UnitChanged;
import vn.tdkt.contracts.plan.UnitRegistered;

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

    public UnitRow registered(UnitRegistered e) {
        return new UnitRow(code, e.name(), e.kind(), e.parentCode(), e.aliases(), e.activeFrom(), e.activeTo(),
                e.successorCode());
    }

    public UnitRow changed(UnitChanged e) {
        return new UnitRow(code, e.name(), e.kind(), e.parentCode(), e.aliases(), e.activeFrom(), e.activeTo(),
                e.successorCode());
    }
}
