package vn.tdkt.reporting.statistics.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.tdkt.reporting.projection.application.ProjectionQueries;
import vn.tdkt.reporting.projection.domain.AwardRow;
import vn.tdkt.reporting.projection.domain.MovementRow;
import vn.tdkt.reporting.projection.domain.UnitRow;
import vn.tdkt.reporting.statistics.domain.Fact;
import vn.tdkt.reporting.statistics.domain.FormDefinition;
import vn.tdkt.reporting.support.DataFiles;

/**
 * The facts the forms count, from the projections, for one reporting period: awards decided in it (by decision
 * date; revoked awards left out) and movements launched in it, classified by {@code statistics/classification.yml}.
 */
@Component
public class FactSource {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ProjectionQueries projections;
    private final Classification classification;

    public FactSource(ProjectionQueries projections) {
        this.projections = projections;
        this.classification = DataFiles.read("statistics/classification.yml", Classification.class);
    }

    /** The level of an award form (STATE, PROVINCE, UNIT), or null when the classification does not know it. */
    public String levelOf(String awardCode) {
        Classification.AwardClass kind = classification.awards().get(awardCode);
        return kind == null ? null : kind.level();
    }

    public List<Fact> facts(FormDefinition.FactKind kind, LocalDate from, LocalDate to) {
        return switch (kind) {
            case AWARDS -> awards(from, to);
            case MOVEMENTS -> movements(from, to);
            case NONE -> List.of();
        };
    }

    private List<Fact> awards(LocalDate from, LocalDate to) {
        Map<String, UnitRow> units = projections.units();
        List<Fact> facts = new ArrayList<>();
        for (AwardRow award : projections.awardsDecidedBetween(from, to, null)) {
            if (!award.decided() || award.revoked()) {
                continue;
            }
            Classification.AwardClass kind = classification.awards().get(award.awardCode());
            Map<String, String> attributes = new HashMap<>();
            attributes.put("level", kind == null ? "UNCLASSIFIED" : kind.level());
            if (kind != null && kind.group() != null) {
                attributes.put("group", kind.group());
            }
            attributes.put("subjectType", award.subjectType());
            attributes.put("subject", "HOUSEHOLD".equals(award.subjectType())
                    ? classification.householdColumn() : award.subjectType());
            UnitRow unit = units.get(award.unitCode());
            attributes.put("enterprise", Boolean.toString(unit != null
                    && classification.enterpriseKind().equals(unit.kind())));
            attributes.put("proposer", classification.awardProposer());
            facts.add(new Fact(award.awardId(), attributes));
        }
        return facts;
    }

    private List<Fact> movements(LocalDate from, LocalDate to) {
        Classification.MovementRules rules = classification.movements();
        List<Fact> facts = new ArrayList<>();
        for (MovementRow movement : projections.movements()) {
            if (movement.launchedAt() == null) {
                continue;
            }
            LocalDate launched = LocalDate.ofInstant(movement.launchedAt(), ZONE);
            if (launched.isBefore(from) || launched.isAfter(to)) {
                continue;
            }
            Map<String, String> attributes = new HashMap<>();
            attributes.put("level", rules.level());
            attributes.put("scope", rules.scope());
            attributes.put("method", rules.methods().getOrDefault(movement.kind(), "UNCLASSIFIED"));
            attributes.put("duration", duration(movement, rules));
            facts.add(new Fact(movement.movementId(), attributes));
        }
        return facts;
    }

    private static String duration(MovementRow movement, Classification.MovementRules rules) {
        long months = ChronoUnit.MONTHS.between(movement.periodFrom(), movement.periodTo().plusDays(1));
        if (months < rules.oneYearFromMonths()) {
            return "LT_1Y";
        }
        if (months <= rules.oneYearToMonths()) {
            return "ONE_YEAR";
        }
        return months < 36 ? "Y1_TO_3" : months < 60 ? "Y3_TO_5" : "GE_5Y";
    }
}
