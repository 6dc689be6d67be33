package vn.tdkt.plan.unit.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.contracts.plan.UnitChanged;
import vn.tdkt.contracts.plan.UnitEvent;
import vn.tdkt.contracts.plan.UnitProfile;
import vn.tdkt.contracts.plan.UnitRegistered;
import vn.tdkt.platform.domain.Created;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.text.TextNormalizer;

/**
 * An org unit of the registry. Units are never deleted: a unit dissolved or merged in the 2025 reorganisation
 * gets an {@code activeTo} date and a successor, so history (plans, awards) keeps pointing at it.
 */
public class OrgUnit {

    private String code;
    private UnitData data;
    private String nameKey;
    private List<String> aliasKeys = new ArrayList<>();

    private OrgUnit() {
    }

    public static Created<OrgUnit, UnitEvent> register(UnitData data) {
        data.requireValid();
        OrgUnit unit = new OrgUnit();
        unit.code = data.code();
        unit.set(data);
        return new Created<>(unit, List.of(new UnitRegistered(unit.profile())));
    }

    /** Replaces the registry data; no event when nothing changed. */
    public List<UnitEvent> change(UnitData newData) {
        newData.requireValid();
        if (!newData.code().equals(code)) {
            throw DomainException.invalid("unit.code-immutable", code);
        }
        List<String> changed = newData.changedFields(data);
        if (changed.isEmpty()) {
            return List.of();
        }
        set(newData);
        return List.of(new UnitChanged(profile(), changed));
    }

    /** The registry entry as every unit event publishes it: built here once, for both events. */
    public UnitProfile profile() {
        return new UnitProfile(code, data.name(), nameKey, data.kind().name(), data.aliases(), data.parentCode(),
                data.head().name(), data.head().title(), data.head().email(), data.contacts().email(),
                data.contacts().webhookUrl(), data.activeFrom(), data.activeTo(), data.successorCode());
    }

    private void set(UnitData newData) {
        data = newData;
        nameKey = TextNormalizer.fold(newData.name());
        aliasKeys = newData.aliases().stream().map(TextNormalizer::fold).toList();
    }

    public boolean isActiveOn(LocalDate day) {
        return (data.activeFrom() == null || !day.isBefore(data.activeFrom()))
                && (data.activeTo() == null || !day.isAfter(data.activeTo()));
    }

    public String code() { return code; }
    public UnitData data() { return data; }
    public String nameKey() { return nameKey; }
    public List<String> aliasKeys() { return List.copyOf(aliasKeys); }
}
