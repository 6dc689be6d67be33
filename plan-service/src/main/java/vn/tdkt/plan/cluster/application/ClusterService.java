package vn.tdkt.plan.cluster.application;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.tdkt.contracts.plan.ClusterEvent;
import vn.tdkt.plan.cluster.domain.Cluster;
import vn.tdkt.plan.cluster.domain.ClusterType;
import vn.tdkt.plan.cluster.persistence.ClusterStore;
import vn.tdkt.plan.unit.application.UnitDirectory;
import vn.tdkt.platform.domain.Created;
import vn.tdkt.platform.domain.Ids;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;
import lombok.RequiredArgsConstructor;

/**
 * Cụm/khối thi đua. Sở Nội vụ officers and admins write; a cluster is readable by its member units' officers and
 * by Sở Nội vụ, leaders and admins (others get 404).
 */
@Service
@RequiredArgsConstructor
public class ClusterService {

    private final ClusterStore store;
    private final UnitDirectory units;
    private final Clock clock;

    public Versioned<Cluster> form(TdktPrincipal caller, String code, String name, ClusterType type, int year,
            List<Cluster.Member> members) {
        requireWriter(caller);
        members.forEach(member -> units.requireKnown(member.unitCode()));
        return store.insert(Cluster.form(Ids.newId(clock), code, name, type, year, members, null));
    }

    public Versioned<Cluster> get(TdktPrincipal caller, String id) {
        caller.requireSomeRole();
        return store.get(id, cluster -> canRead(caller, cluster));
    }

    public List<Versioned<Cluster>> list(TdktPrincipal caller, Integer year) {
        caller.requireSomeRole();
        return store.byYear(year).stream().filter(cluster -> canRead(caller, cluster.value())).toList();
    }

    /**
     * Forms next year's cluster with the head rotated. The new cluster is inserted first (unique code+year makes a
     * repeated rotation fail), then the old one records its successor.
     */
    public Versioned<Cluster> rotate(TdktPrincipal caller, String id, String headUnit, String deputyUnit) {
        requireWriter(caller);
        Cluster current = get(caller, id).value();
        Created<Cluster, ClusterEvent> next = current.rotate(Ids.newId(clock), headUnit, deputyUnit);
        Versioned<Cluster> inserted = store.insert(next);
        store.update(id, VersionPrecondition.none(), cluster -> {
            cluster.rotated(next.aggregate().id());
            return List.of();
        });
        return inserted;
    }

    private static boolean canRead(TdktPrincipal caller, Cluster cluster) {
        if (caller.isProvinceWide()) {
            return true;
        }
        return !caller.roles().isEmpty() && cluster.hasMember(caller.unitCode());
    }

    private static void requireWriter(TdktPrincipal caller) {
        caller.requireAnyRole(TdktRole.SNV_OFFICER, TdktRole.ADMIN);
    }
}
