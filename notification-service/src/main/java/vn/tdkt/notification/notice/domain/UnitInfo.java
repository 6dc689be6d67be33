package vn.tdkt.notification.notice.domain;

/** What the notices need to know of a unit from the registry (names for the text, head, parent for escalation). */
public record UnitInfo(String code, String name, String kind, String parentCode, String headName, String headTitle) {

    public static UnitInfo unknown(String code) {
        return new UnitInfo(code, code, null, null, null, null);
    }

    public boolean isProvince() {
        return "PROVINCE".equals(kind);
    }
}
