package vn.tdkt.nomination.planview.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.tdkt.contracts.plan.ClusterFormed;
import vn.tdkt.contracts.plan.MovementClosed;
import vn.tdkt.contracts.plan.MovementLaunched;
import vn.tdkt.contracts.plan.RegistrationApproved;
import vn.tdkt.contracts.plan.RegistrationReturned;
import vn.tdkt.contracts.plan.RegistrationSubmitted;
import vn.tdkt.contracts.plan.UnitEvent;
import vn.tdkt.contracts.plan.UnitProfile;
import vn.tdkt.contracts.reporting.ClusterRanked;
import vn.tdkt.nomination.planview.domain.ClusterStanding;
import vn.tdkt.nomination.planview.domain.MovementTerms;
import vn.tdkt.nomination.planview.domain.UnitStanding;
import vn.tdkt.nomination.planview.persistence.PlanViewStore;
import lombok.RequiredArgsConstructor;

/**
 * What this service knows of plan-service's units, movements, registrations and clusters, and of
 * reporting-service's cluster ranks, kept as its own read models (never the other services' databases). Each
 * {@code on…} method applies one event idempotently (a stale or repeated sequence changes nothing) and says whether
 * the read model changed.
 */
@Service
@RequiredArgsConstructor
public class PlanViews {

    private static final Logger log = LoggerFactory.getLogger(PlanViews.class);

    private final PlanViewStore store;

    /** {@code unit-registered} and {@code unit-changed} both carry the unit's whole entry: one way to apply them. */
    public boolean onUnit(long sequence, UnitEvent event) {
        UnitProfile unit = event.unit();
        return store.putUnit(unit.unitCode(), sequence, new UnitStanding(unit.unitCode(), unit.name(), unit.kind(),
                unit.parentCode(), unit.activeTo(), unit.successorCode()), unit.activeFrom());
    }

    public boolean onMovementLaunched(long sequence, MovementLaunched e) {
        List<MovementTerms.Quota> quotas = e.quotas().stream()
                .map(q -> new MovementTerms.Quota(q.unitCode(), q.awardCode(), q.max())).toList();
        return store.putMovement(e.movementId(), sequence, new MovementTerms(e.movementId(), e.name(), e.kind(),
                false, e.participants(), e.awardForms(), quotas, e.nominationFrom(), e.nominationTo()));
    }

    public boolean onMovementClosed(long sequence, MovementClosed e) {
        return store.closeMovement(e.movementId(), sequence, e.closedAt());
    }

    public boolean onRegistrationSubmitted(long sequence, RegistrationSubmitted e) {
        return store.putRegistration(e.registrationId(), sequence, e.movementId(), e.unitCode(), "SUBMITTED",
                items(e.items()));
    }

    public boolean onRegistrationApproved(long sequence, RegistrationApproved e) {
        return store.putRegistration(e.registrationId(), sequence, e.movementId(), e.unitCode(), "APPROVED",
                items(e.items()));
    }

    public boolean onRegistrationReturned(long sequence, RegistrationReturned e) {
        return store.putRegistration(e.registrationId(), sequence, e.movementId(), e.unitCode(), "RETURNED", null);
    }

    public boolean onClusterFormed(long sequence, ClusterFormed e) {
        List<Map<String, String>> members = e.members().stream()
                .map(m -> Map.of("unitCode", m.unitCode(), "role", m.role())).toList();
        return store.putCluster(e.clusterId(), sequence, e.code(), e.name(), e.type(), e.year(), members,
                e.headUnit());
    }

    public boolean onClusterRanked(long sequence, ClusterRanked e) {
        Map<String, Integer> ranks = new LinkedHashMap<>();
        e.ranks().forEach(r -> ranks.put(r.unitCode(), r.rank()));
        boolean changed = store.putClusterRanks(e.sheetId(), sequence, e.clusterId(), e.clusterCode(), e.year(),
                ranks, e.rankedAt());
        log.debug("cluster-ranked {} {} applied: {}", e.clusterCode(), e.year(), changed);
        return changed;
    }

    public Optional<UnitStanding> unit(String unitCode) {
        return store.unit(unitCode);
    }

    public Optional<MovementTerms> movement(String movementId) {
        return store.movement(movementId);
    }

    public Optional<String> registrationStatus(String movementId, String unitCode) {
        return store.registrationStatus(movementId, unitCode);
    }

    public Optional<ClusterStanding> clusterStanding(String unitCode, int year) {
        return store.clusterStanding(unitCode, year);
    }

    private static Map<String, Integer> items(List<RegistrationSubmitted.Item> items) {
        Map<String, Integer> byAward = new LinkedHashMap<>();
        items.forEach(i -> byAward.merge(i.awardCode(), i.count(), Integer::sum));
        return byAward;
    }
}
