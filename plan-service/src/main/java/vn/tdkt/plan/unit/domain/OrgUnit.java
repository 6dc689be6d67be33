package vn.tdkt.plan.unit.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.contracts.DomainEvent;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.plan.UnitChanged;
import vn.tdkt.contracts.plan.UnitRegistered;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.text.TextNormalizer;

/**
 * An org unit of the registry. Units are never deleted: a unit dissolved or merged in the 2025 reorganisation
 * gets an {@code activeTo} date and a successor, so history (plans, awards) keeps pointing at it. Also records the
 * quarters for which its quarter-opened digest was emitted (exactly once per unit and quarter).
 */
public class OrgUnit {

    private String code;
    private UnitData data;
    private String nameKey;
    private List<String> aliasKeys = new ArrayList<>();
    private List<String> openedQuarters = new ArrayList<>();

    private OrgUnit() {
    }

    public static Registration register(UnitData data) {
        data.requireValid();
        OrgUnit unit = new OrgUnit();
        unit.code = data.code();
        unit.set(data);
        UnitRegistered payload = new UnitRegistered(data.code(), data.name(), unit.nameKey, data.kind().name(),
                data.aliases(), data.parentCode(), data.head().name(), data.head().title(), data.head().email(),
                data.contacts().email(), data.contacts().webhookUrl(), data.activeFrom(), data.activeTo(),
                data.successorCode());
        return new Registration(unit, List.of(new DomainEvent(EventTypes.UNIT_REGISTERED, data.code(), payload)));
    }

    public record Registration(OrgUnit unit, List<DomainEvent> events) {
    }

    /** Replaces the registry data; no event when nothing changed. */
    public List<DomainEvent> change(UnitData newData) {
        newData.requireValid();
        if (!newData.code().equals(code)) {
            throw DomainException.invalid("unit.code-immutable", code);
        }
        List<String> changed = newData.changedFields(data);
        if (changed.isEmpty()) {
            return List.of();
        }
        set(newData);
        return List.of(new DomainEvent(EventTypes.UNIT_CHANGED, code, new UnitChanged(code, data.name(), nameKey,
                data.kind().name(), data.aliases(), changed, data.parentCode(), data.head().name(),
                data.head().title(), data.head().email(), data.contacts().email(), data.contacts().webhookUrl(),
                data.activeFrom(), data.activeTo(), data.successorCode())));
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

    /** Records that the quarter digest was emitted; false if it already was. */
    public boolean markQuarterOpened(String quarterKey) {
        if (openedQuarters.contains(quarterKey)) {
            return false;
        }
        openedQuarters.add(quarterKey);
        return true;
    }

    public boolean quarterOpened(String quarterKey) {
        return openedQuarters.contains(quarterKey);
    }

    public String code() { return code; }
    public UnitData data() { return data; }
    public String nameKey() { return nameKey; }
    public List<String> aliasKeys() { return List.copyOf(aliasKeys); }
    public List<String> openedQuarters() { return List.copyOf(openedQuarters); }
}
