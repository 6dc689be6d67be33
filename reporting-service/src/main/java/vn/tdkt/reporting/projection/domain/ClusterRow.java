package vn.tdkt.reporting.projection.domain;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.contracts.plan.ClusterFormed;

/** Read model of one emulation cluster or block (cụm, khối thi đua) of one year: who belongs, who heads it. */
public final class ClusterRow {

    /** @param role TRUONG_KHOI, PHO_KHOI or THANH_VIEN */
    public record Member(String unitCode, String role) {
    }

    private String clusterId;
    private String code;
    private String name;
    private String type;
    private int year;
    private List<Member> members = new ArrayList<>();
    private String headUnit;
    private String previousClusterId;

    private ClusterRow() {
    }

    public static ClusterRow of(String clusterId) {
        ClusterRow row = new ClusterRow();
        row.clusterId = clusterId;
        return row;
    }

    public void formed(ClusterFormed e) {
        code = e.code();
        name = e.name();
        type = e.type();
        year = e.year();
        members = e.members().stream().map(m -> new Member(m.unitCode(), m.role())).toList();
        headUnit = e.headUnit();
        previousClusterId = e.previousClusterId();
    }

    public boolean hasMember(String unit) {
        return members.stream().anyMatch(member -> member.unitCode().equals(unit));
    }

    public List<String> memberUnits() {
        return members.stream().map(Member::unitCode).toList();
    }

    public String clusterId() { return clusterId; }
    public String code() { return code; }
    public String name() { return name; }
    public String type() { return type; }
    public int year() { return year; }
    public List<Member> members() { return List.copyOf(members); }
    public String headUnit() { return headUnit; }
    public String previousClusterId() { return previousClusterId; }
}
