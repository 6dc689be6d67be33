package vn.tdkt.nomination.planview.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.tdkt.nomination.planview.domain.ClusterStanding;
import vn.tdkt.nomination.planview.domain.MovementTerms;
import vn.tdkt.nomination.planview.domain.UnitStanding;
import vn.tdkt.platform.persistence.GuardedUpsert;
import vn.tdkt.platform.persistence.Indexes;

/**
 * The read models learned from plan-service and reporting-service events, one collection per source aggregate
 * type (so each guard is per aggregate type and subject): units, movements, registrations, clusters, cluster ranks.
 * Rows are plain documents; every write is a {@link GuardedUpsert} on the event's sequence.
 */
@Repository
public class PlanViewStore {

    static final String UNITS = "planview_units";
    static final String MOVEMENTS = "planview_movements";
    static final String REGISTRATIONS = "planview_registrations";
    static final String CLUSTERS = "planview_clusters";
    static final String CLUSTER_RANKS = "planview_cluster_ranks";

    private final MongoTemplate mongo;

    public PlanViewStore(MongoTemplate mongo) {
        this.mongo = mongo;
        Indexes.ensure(mongo, CLUSTERS,
                Indexes.ascending("cluster_member_year", "members.unitCode", "year"));
        Indexes.ensure(mongo, CLUSTER_RANKS,
                Indexes.ascending("rank_cluster_year", "clusterId", "year"));
        Indexes.ensure(mongo, REGISTRATIONS,
                Indexes.ascending("registration_movement_unit", "movementId", "unitCode"));
    }

    public boolean putUnit(String unitCode, long sequence, UnitStanding unit, LocalDate activeFrom) {
        Update update = new Update().set("name", unit.name()).set("kind", unit.kind())
                .set("parentCode", unit.parentCode()).set("activeFrom", iso(activeFrom)).set("activeTo",
                        iso(unit.activeTo()))
                .set("successorCode", unit.successorCode());
        return GuardedUpsert.apply(mongo, UNITS, unitCode, sequence, update);
    }

    public Optional<UnitStanding> unit(String unitCode) {
        Document row = mongo.findById(unitCode, Document.class, UNITS);
        if (row == null) {
            return Optional.empty();
        }
        return Optional.of(new UnitStanding(unitCode, row.getString("name"), row.getString("kind"),
                row.getString("parentCode"), localDate(row.get("activeTo")), row.getString("successorCode")));
    }

    public boolean putMovement(String movementId, long sequence, MovementTerms terms) {
        Update update = new Update().set("name", terms.name()).set("kind", terms.kind())
                .set("participants", terms.participants()).set("awardForms", terms.awardForms())
                .set("quotas", terms.quotas().stream().map(q -> new Document("unitCode", q.unitCode())
                        .append("awardCode", q.awardCode()).append("max", q.max())).toList())
                .set("nominationFrom", iso(terms.nominationFrom())).set("nominationTo", iso(terms.nominationTo()));
        return GuardedUpsert.apply(mongo, MOVEMENTS, movementId, sequence, update);
    }

    public boolean closeMovement(String movementId, long sequence, Instant closedAt) {
        return GuardedUpsert.apply(mongo, MOVEMENTS, movementId, sequence,
                new Update().set("closed", true).set("closedAt", closedAt));
    }

    public Optional<MovementTerms> movement(String movementId) {
        Document row = mongo.findById(movementId, Document.class, MOVEMENTS);
        if (row == null || row.getString("name") == null) {
            return Optional.empty(); // only a movement-closed seen so far: its terms are unknown
        }
        List<MovementTerms.Quota> quotas = row.getList("quotas", Document.class, List.of()).stream()
                .map(q -> new MovementTerms.Quota(q.getString("unitCode"), q.getString("awardCode"),
                        q.getInteger("max", 0)))
                .toList();
        return Optional.of(new MovementTerms(movementId, row.getString("name"), row.getString("kind"),
                row.getBoolean("closed", false), row.getList("participants", String.class, List.of()),
                row.getList("awardForms", String.class, List.of()), quotas, localDate(row.get("nominationFrom")),
                localDate(row.get("nominationTo"))));
    }

    public boolean putRegistration(String registrationId, long sequence, String movementId, String unitCode,
            String status, Map<String, Integer> items) {
        Update update = new Update().set("movementId", movementId).set("unitCode", unitCode).set("status", status);
        if (items != null) {
            update.set("items", new Document(items));
        }
        return GuardedUpsert.apply(mongo, REGISTRATIONS, registrationId, sequence, update);
    }

    /** The status of a unit's latest registration for a movement (SUBMITTED, APPROVED, RETURNED), if any. */
    public Optional<String> registrationStatus(String movementId, String unitCode) {
        Document row = mongo.findOne(Query.query(where("movementId").is(movementId).and("unitCode").is(unitCode))
                .with(Sort.by(Sort.Direction.DESC, GuardedUpsert.MARK)), Document.class, REGISTRATIONS);
        return Optional.ofNullable(row).map(r -> r.getString("status"));
    }

    public boolean putCluster(String clusterId, long sequence, String code, String name, String type, int year,
            List<Map<String, String>> members, String headUnit) {
        Update update = new Update().set("code", code).set("name", name).set("type", type).set("year", year)
                .set("members", members.stream().map(Document::new).toList()).set("headUnit", headUnit);
        return GuardedUpsert.apply(mongo, CLUSTERS, clusterId, sequence, update);
    }

    public boolean putClusterRanks(String sheetId, long sequence, String clusterId, String clusterCode, int year,
            Map<String, Integer> ranks, Instant rankedAt) {
        Update update = new Update().set("clusterId", clusterId).set("clusterCode", clusterCode).set("year", year)
                .set("ranks", ranks.entrySet().stream()
                        .map(e -> new Document("unitCode", e.getKey()).append("rank", e.getValue())).toList())
                .set("rankedAt", rankedAt);
        return GuardedUpsert.apply(mongo, CLUSTER_RANKS, sheetId, sequence, update);
    }

    /** The unit's cluster of {@code year} and its rank there (from the latest ranking of that cluster), if any. */
    public Optional<ClusterStanding> clusterStanding(String unitCode, int year) {
        Document cluster = mongo.findOne(Query.query(where("members.unitCode").is(unitCode).and("year").is(year)),
                Document.class, CLUSTERS);
        if (cluster == null) {
            return Optional.empty();
        }
        List<Document> sheets = mongo.find(Query.query(where("clusterId").is(cluster.getString("_id"))
                .and("year").is(year)), Document.class, CLUSTER_RANKS);
        Integer rank = sheets.stream()
                .max(Comparator.comparing(s -> s.getDate("rankedAt") == null ? new java.util.Date(0)
                        : s.getDate("rankedAt")))
                .flatMap(s -> s.getList("ranks", Document.class, List.of()).stream()
                        .filter(r -> unitCode.equals(r.getString("unitCode"))).findFirst())
                .map(r -> r.getInteger("rank"))
                .orElse(null);
        return Optional.of(new ClusterStanding(cluster.getString("code"), year, rank));
    }

    /** Dates are kept as ISO text: no time zone can shift a calendar day on the way in or out. */
    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate localDate(Object stored) {
        return stored == null ? null : LocalDate.parse(stored.toString());
    }
}
