package vn.tdkt.notification.notice.domain;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the recipient rules read besides the event: the unit registry (names, heads, parents), the names of
 * movements, the province body that handles appraisal and escalations of units directly under the province
 * (Sở Nội vụ), and the time zone for dates.
 */
public record NoticeContext(Function<String, Optional<UnitInfo>> units, Function<String, Optional<String>> movements,
        String provinceBody, ZoneId zone) {

    public NoticeContext {
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(movements, "movements");
        Objects.requireNonNull(provinceBody, "provinceBody");
        Objects.requireNonNull(zone, "zone");
    }

    public UnitInfo unit(String code) {
        return units.apply(code).orElseGet(() -> UnitInfo.unknown(code));
    }

    public String unitName(String code) {
        return unit(code).name();
    }

    public String movementName(String movementId) {
        return movements.apply(movementId).orElse(movementId);
    }

    /**
     * The level above a unit for escalation: its parent unit, or the province body (SNV) when the unit hangs
     * directly under the province (its parent is the PROVINCE unit, or it has none).
     */
    public String levelAbove(String unitCode) {
        UnitInfo unit = unit(unitCode);
        if (unit.parentCode() == null || unit.parentCode().isBlank()) {
            return provinceBody;
        }
        UnitInfo parent = unit(unit.parentCode());
        String above = parent.isProvince() ? provinceBody : parent.code();
        // the province body's own items go to the province itself, not back to the province body
        return above.equals(unitCode) ? parent.code() : above;
    }
}
