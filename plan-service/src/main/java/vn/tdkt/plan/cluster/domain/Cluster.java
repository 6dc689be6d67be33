package vn.tdkt.plan.cluster.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.tdkt.contracts.plan.ClusterEvent;
import vn.tdkt.contracts.plan.ClusterFormed;
import vn.tdkt.platform.domain.Created;
import vn.tdkt.platform.domain.DomainException;

/**
 * A cụm/khối thi đua for one year: members with exactly one head (trưởng khối), deputies and members. The head
 * rotates at the year-end review: {@link #rotate} forms next year's cluster, headed by the chosen unit or by the
 * current (first) deputy; the outgoing head becomes a plain member and the next member in list order after the
 * new head becomes deputy, unless one is chosen.
 */
public class Cluster {

    private String id;
    private String code;
    private String name;
    private ClusterType type;
    private int year;
    private List<Member> members = new ArrayList<>();
    private String previousClusterId;
    private String nextClusterId;

    public record Member(String unitCode, ClusterRole role) {
    }

    private Cluster() {
    }

    public static Created<Cluster, ClusterEvent> form(String id, String code, String name, ClusterType type, int year, List<Member> members,
            String previousClusterId) {
        Cluster cluster = new Cluster();
        cluster.id = id;
        cluster.code = code;
        cluster.name = name;
        cluster.type = type;
        cluster.year = year;
        cluster.members = new ArrayList<>(members);
        cluster.previousClusterId = previousClusterId;
        cluster.validate();
        ClusterFormed payload = new ClusterFormed(id, code, name, type.name(), year,
                members.stream().map(m -> new ClusterFormed.Member(m.unitCode(), m.role().name())).toList(),
                cluster.head(), previousClusterId);
        return new Created<>(cluster, List.of(payload));
    }

    private void validate() {
        if (code == null || code.isBlank() || name == null || name.isBlank() || type == null) {
            throw DomainException.invalid("cluster.fields-missing");
        }
        if (year < 2000 || year > 2100) {
            throw DomainException.invalid("cluster.year-invalid", year);
        }
        Set<String> seen = new HashSet<>();
        for (Member member : members) {
            if (!seen.add(member.unitCode())) {
                throw DomainException.invalid("cluster.member-duplicate", member.unitCode());
            }
        }
        long heads = members.stream().filter(m -> m.role() == ClusterRole.TRUONG_KHOI).count();
        if (heads != 1) {
            throw DomainException.invalid("cluster.head-count", heads);
        }
    }

    /** Next year's cluster with a rotated head; this cluster records its successor. */
    public Created<Cluster, ClusterEvent> rotate(String newId, String chosenHead, String chosenDeputy) {
        if (nextClusterId != null) {
            throw DomainException.conflict("cluster.already-rotated", id, nextClusterId);
        }
        String newHead = chosenHead;
        if (newHead == null) {
            newHead = members.stream().filter(m -> m.role() == ClusterRole.PHO_KHOI).map(Member::unitCode)
                    .findFirst().orElseThrow(() -> DomainException.invalid("cluster.no-deputy", id));
        }
        String head = newHead;
        if (members.stream().noneMatch(m -> m.unitCode().equals(head))) {
            throw DomainException.invalid("cluster.not-member", head);
        }
        String oldHead = head();
        String deputy = chosenDeputy;
        if (deputy == null) {
            int start = indexOf(head);
            for (int i = 1; i <= members.size() && deputy == null; i++) {
                String candidate = members.get((start + i) % members.size()).unitCode();
                if (!candidate.equals(head) && !candidate.equals(oldHead)) {
                    deputy = candidate;
                }
            }
        }
        String newDeputy = deputy;
        if (newDeputy != null && (newDeputy.equals(head) || members.stream().noneMatch(m -> m.unitCode().equals(newDeputy)))) {
            throw DomainException.invalid("cluster.not-member", newDeputy);
        }
        List<Member> next = members.stream().map(m -> new Member(m.unitCode(),
                m.unitCode().equals(head) ? ClusterRole.TRUONG_KHOI
                        : m.unitCode().equals(newDeputy) ? ClusterRole.PHO_KHOI : ClusterRole.THANH_VIEN)).toList();
        return form(newId, code, name, type, year + 1, next, id);
    }

    /** Next year's cluster was formed from this one (after {@link #rotate}, once it is stored). */
    public void rotated(String nextId) {
        if (nextClusterId != null && !nextClusterId.equals(nextId)) {
            throw DomainException.conflict("cluster.already-rotated", id, nextClusterId);
        }
        nextClusterId = nextId;
    }

    private int indexOf(String unit) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).unitCode().equals(unit)) {
                return i;
            }
        }
        return -1;
    }

    public String head() {
        return members.stream().filter(m -> m.role() == ClusterRole.TRUONG_KHOI).map(Member::unitCode).findFirst()
                .orElse(null);
    }

    public boolean hasMember(String unit) {
        return members.stream().anyMatch(m -> m.unitCode().equals(unit));
    }

    public String id() { return id; }
    public String code() { return code; }
    public String name() { return name; }
    public ClusterType type() { return type; }
    public int year() { return year; }
    public List<Member> members() { return List.copyOf(members); }
    public String previousClusterId() { return previousClusterId; }
    public String nextClusterId() { return nextClusterId; }
}
