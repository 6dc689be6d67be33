package vn.tdkt.reporting.projection.domain;

import java.util.List;
import vn.tdkt.contracts.plan.ClusterFormed;

/** Read model of one emulation cluster or block (cụm, khối thi đua) of one year: who belongs, who heads it. */
public record ClusterRow(String clusterId, String code, String name, String type, int year, List<Member> members,
        String headUnit, String previousClusterId) {

    /** @param role TRUONG_KHOI, PHO_KHOI or THANH_VIEN */
    public record Member(String unitCode, String role) {
    }

    public ClusterRow {
        members = members == null ? List.of() : List.copyOf(members);
    }

    public static ClusterRow of(String clusterId) {
        return new ClusterRow(clusterId, null, null, null, 0, List.of(), null, null);
    }

    public ClusterRow formed(ClusterFormed e) {
        return new ClusterRow(clusterId, e.code(), e.name(), e.type(), e.year(),
                e.members().stream().map(m -> new Member(m.unitCode(), m.role())).toList(), e.headUnit(),
                e.previousClusterId());
    }

    public boolean hasMember(String unit) {
        return members.stream().anyMatch(member -> member.unitCode().equals(unit));
    }

    public List<String> memberUnits() {
        return members.stream().map(Member::unitCode).toList();
    }
}
