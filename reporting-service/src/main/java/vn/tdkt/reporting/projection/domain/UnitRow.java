package vn.tdkt.reporting.projection.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.contracts.plan.UnitChanged;
import vn.tdkt.contracts.plan.UnitRegistered;

/** Read model of one org unit of the registry: what the dashboard shows instead of a code. */
public final class UnitRow {

    private String code;
    private String name;
    private String kind;
    private String parentCode;
    private List<String> aliases = new ArrayList<>();
    private LocalDate activeFrom;
    private LocalDate activeTo;
    private String successorCode;

    private UnitRow() {
    }

    public static UnitRow of(String code) {
        UnitRow row = new UnitRow();
        row.code = code;
        return row;
    }

    public void registered(UnitRegistered e) {
        describe(e.name(), e.kind(), e.parentCode(), e.aliases(), e.activeFrom(), e.activeTo(), e.successorCode());
    }

    public void changed(UnitChanged e) {
        describe(e.name(), e.kind(), e.parentCode(), e.aliases(), e.activeFrom(), e.activeTo(), e.successorCode());
    }

    private void describe(String name, String kind, String parentCode, List<String> aliases, LocalDate activeFrom,
            LocalDate activeTo, String successorCode) {
        this.name = name;
        this.kind = kind;
        this.parentCode = parentCode;
        this.aliases = new ArrayList<>(aliases);
        this.activeFrom = activeFrom;
        this.activeTo = activeTo;
        this.successorCode = successorCode;
    }

    public String code() { return code; }
    public String name() { return name; }
    public String kind() { return kind; }
    public String parentCode() { return parentCode; }
    public List<String> aliases() { return List.copyOf(aliases); }
    public LocalDate activeFrom() { return activeFrom; }
    public LocalDate activeTo() { return activeTo; }
    public String successorCode() { return successorCode; }
}
