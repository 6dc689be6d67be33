package vn.tdkt.reporting.scoring.application;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.tdkt.contracts.reporting.ScoreSheetEvent;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Ids;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;
import vn.tdkt.reporting.access.Access;
import vn.tdkt.reporting.projection.application.Projection;
import vn.tdkt.reporting.projection.application.ProjectionQueries;
import vn.tdkt.reporting.projection.domain.ClusterRow;
import vn.tdkt.reporting.scoring.domain.Criterion;
import vn.tdkt.reporting.scoring.domain.ScoreSheet;
import vn.tdkt.reporting.scoring.persistence.ScoreSheetStore;
import lombok.RequiredArgsConstructor;

/**
 * Cluster score sheets. Who may do what:
 * <ul>
 *   <li>read: province-wide readers, and the officers of the cluster's member units (others get 404);</li>
 *   <li>open a sheet, set criteria, compute automatic scores, score manually, enter women ratios, rank, reopen:
 *       the cluster head's unit officer (trưởng cụm/khối, from {@code cluster-formed}) or the Sở Nội vụ;</li>
 *   <li>cross-score: an officer of a member unit, for another member.</li>
 * </ul>
 */
@Service
@RequiredArgsConstructor
public class ScoreSheetService {

    static final String VIEW = "score-sheets";

    private final ScoreSheetStore sheets;
    private final ProjectionQueries projections;
    private final EvidenceCollector evidence;
    private final ScoringData data;
    private final Projection projection;
    private final Clock clock;

    public Versioned<ScoreSheet> open(TdktPrincipal caller, String clusterId, List<Criterion> criteria) {
        ClusterRow cluster = projections.cluster(clusterId)
                .orElseThrow(() -> DomainException.invalid("scoring.cluster-unknown", clusterId));
        if (!Access.isSnv(caller)) {
            if (!cluster.hasMember(caller.unitCode() == null ? "" : caller.unitCode())) {
                // another cluster is none of a unit officer's business: as if it did not exist
                throw DomainException.invalid("scoring.cluster-unknown", clusterId);
            }
            if (!isHeadOfficer(caller, cluster.headUnit())) {
                throw DomainException.forbidden("scoring.head-only");
            }
        }
        Map<String, String> roles = new LinkedHashMap<>();
        cluster.members().forEach(member -> roles.put(member.unitCode(), member.role()));
        ScoreSheet.Cluster snapshot = new ScoreSheet.Cluster(cluster.clusterId(), cluster.code(), cluster.name(),
                cluster.type(), cluster.year(), cluster.headUnit(), roles);
        try {
            Versioned<ScoreSheet> opened = sheets.insert(ScoreSheet.open(Ids.newId(clock), snapshot,
                    criteria == null || criteria.isEmpty() ? data.defaultCriteria() : criteria));
            projection.changed(VIEW, opened.value().id());
            return opened;
        } catch (DuplicateKeyException exists) {
            throw DomainException.conflict("scoring.sheet-exists", clusterId);
        }
    }

    public List<Versioned<ScoreSheet>> list(TdktPrincipal caller, Integer year) {
        Predicate<ScoreSheet> visible = Access.sees(caller, ScoreSheet::hasMember);
        return sheets.ofYear(year).stream().filter(sheet -> visible.test(sheet.value())).toList();
    }

    public Versioned<ScoreSheet> get(TdktPrincipal caller, String id) {
        return sheets.get(id, Access.sees(caller, ScoreSheet::hasMember));
    }

    public Versioned<ScoreSheet> setCriteria(TdktPrincipal caller, String id, List<Criterion> criteria,
            VersionPrecondition expected) {
        return asHead(caller, id, expected, sheet -> sheet.setCriteria(criteria));
    }

    public Versioned<ScoreSheet> scoreAutomatically(TdktPrincipal caller, String id, VersionPrecondition expected) {
        ScoreSheet current = get(caller, id).value();
        var found = evidence.collect(current.members().stream().map(m -> m.unitCode()).toList(), current.year());
        return asHead(caller, id, expected, sheet -> sheet.scoreAutomatically(found, caller.subject(),
                clock.instant()));
    }

    public Versioned<ScoreSheet> scoreManually(TdktPrincipal caller, String id, String unitCode, String criterionCode,
            double score, String justification, VersionPrecondition expected) {
        return asHead(caller, id, expected, sheet -> sheet.scoreManually(unitCode, criterionCode, score,
                justification, caller.subject(), clock.instant()));
    }

    public Versioned<ScoreSheet> setWomenRatio(TdktPrincipal caller, String id, String unitCode, double ratio,
            VersionPrecondition expected) {
        return asHead(caller, id, expected, sheet -> sheet.setWomenRatio(unitCode, ratio, caller.subject()));
    }

    public Versioned<ScoreSheet> rank(TdktPrincipal caller, String id, VersionPrecondition expected) {
        return asHead(caller, id, expected, sheet -> sheet.rank(data.tieBreak(), caller.subject(), clock.instant()));
    }

    public Versioned<ScoreSheet> reopen(TdktPrincipal caller, String id, VersionPrecondition expected) {
        return asHead(caller, id, expected, ScoreSheet::reopen);
    }

    public Versioned<ScoreSheet> crossScore(TdktPrincipal caller, String id, String toUnit, String criterionCode,
            double score, String justification, VersionPrecondition expected) {
        Versioned<ScoreSheet> sheet = get(caller, id);
        if (!caller.hasRole(TdktRole.UNIT_OFFICER) || !sheet.value().hasMember(caller.unitCode())) {
            throw DomainException.forbidden("scoring.member-only");
        }
        Versioned<ScoreSheet> saved = sheets.update(id, expected, s -> s.crossScore(caller.unitCode(), toUnit,
                criterionCode, score, justification, caller.subject(), clock.instant()));
        projection.changed(VIEW, id);
        return saved;
    }

    /** The sheets that have been ranked, for the rankings resource and the dashboard. */
    public List<ScoreSheet> ranked(TdktPrincipal caller, Integer year) {
        return list(caller, year).stream().map(Versioned::value)
                .filter(sheet -> !sheet.ranks().isEmpty()).toList();
    }

    /** Ranked sheets of a year for another feature (no caller: the feature scopes what it shows). */
    public List<ScoreSheet> rankedOfYear(int year) {
        return sheets.ofYear(year).stream().map(Versioned::value).filter(sheet -> !sheet.ranks().isEmpty()).toList();
    }

    private Versioned<ScoreSheet> asHead(TdktPrincipal caller, String id, VersionPrecondition expected,
            Function<ScoreSheet, List<ScoreSheetEvent>> command) {
        Versioned<ScoreSheet> sheet = get(caller, id);
        if (!Access.isSnv(caller) && !isHeadOfficer(caller, sheet.value().headUnit())) {
            throw DomainException.forbidden("scoring.head-only");
        }
        Versioned<ScoreSheet> saved = sheets.update(id, expected, command);
        projection.changed(VIEW, id);
        return saved;
    }

    private static boolean isHeadOfficer(TdktPrincipal caller, String headUnit) {
        return caller.hasRole(TdktRole.UNIT_OFFICER) && headUnit != null && headUnit.equals(caller.unitCode());
    }
}
