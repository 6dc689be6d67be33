package vn.tdkt.nomination.catalogue.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.catalogue.domain.AwardCatalogue;
import vn.tdkt.nomination.catalogue.domain.AwardForm;
import vn.tdkt.nomination.catalogue.domain.BaseSalary;
import vn.tdkt.nomination.catalogue.domain.CatalogueData;
import vn.tdkt.nomination.catalogue.domain.CatalogueTimeline;
import vn.tdkt.nomination.catalogue.domain.CatalogueVersion;
import vn.tdkt.nomination.catalogue.domain.Reward;
import vn.tdkt.nomination.catalogue.persistence.CatalogueVersionStore;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Ids;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;
import lombok.RequiredArgsConstructor;

/**
 * The award catalogue over time: the bundled versions (data files) and those an administrator published (stored),
 * one timeline. A dossier is judged by the version in force on its decision date ({@link #inForceOn}).
 */
@Service
@RequiredArgsConstructor
public class CatalogueService {

    private final CatalogueVersionStore store;
    private final CatalogueData bundled = CatalogueData.bundled();
    private final CatalogueProperties properties;
    private final Clock clock;
    private volatile Snapshot snapshot;

    private record Snapshot(CatalogueTimeline timeline, Instant readAt) {
    }

    /**
     * The catalogue in force on {@code date}.
     *
     * @throws DomainException INVALID {@code catalogue.none-in-force} before the first version (01/01/2024)
     */
    public AwardCatalogue inForceOn(LocalDate date) {
        return versionOn(date).version().catalogue();
    }

    /** The version in force on {@code date}, with its last day. */
    public CatalogueVersionView versionOn(LocalDate date) {
        CatalogueTimeline timeline = timeline();
        CatalogueVersion version = timeline.inForceOn(date)
                .orElseThrow(() -> DomainException.invalid("catalogue.none-in-force", date));
        return new CatalogueVersionView(version, timeline.effectiveTo(version));
    }

    /** Every version, oldest first. */
    public List<CatalogueVersionView> versions() {
        CatalogueTimeline timeline = timeline();
        return timeline.versions().stream().map(v -> new CatalogueVersionView(v, timeline.effectiveTo(v))).toList();
    }

    public CatalogueVersionView version(String id) {
        CatalogueTimeline timeline = timeline();
        CatalogueVersion version = timeline.versions().stream().filter(v -> v.id().equals(id)).findFirst()
                .orElseThrow(() -> DomainException.notFound("catalogue.version-not-found", id));
        return new CatalogueVersionView(version, timeline.effectiveTo(version));
    }

    /**
     * Publishes a new version (ADMIN), in force from {@code effectiveFrom}, which must be after today and after the
     * latest version's date.
     */
    public Versioned<CatalogueVersion> publish(TdktPrincipal caller, LocalDate effectiveFrom, String note,
            List<String> citations, List<AwardForm> awards) {
        caller.requireAnyRole(TdktRole.ADMIN);
        CatalogueTimeline timeline = readTimeline();
        String id = "catalogue-" + (effectiveFrom == null ? Ids.newId(clock) : effectiveFrom);
        Versioned<CatalogueVersion> published = store.insert(CatalogueVersion.publish(id, effectiveFrom, note,
                citations, awards, timeline.latest().orElse(null), LocalDate.now(clock), caller.subject(),
                clock.instant()));
        snapshot = null;
        return published;
    }

    /** The base salary in force on {@code date} (R-MONEY-01). */
    public BaseSalary baseSalaryOn(LocalDate date) {
        return bundled.baseSalary().on(date);
    }

    /**
     * Reward money for an award decided on {@code decisionDate}: its coefficient for the subject type in the
     * catalogue in force that day × the base salary in force that day, in đồng (R-MONEY-01).
     *
     * @throws DomainException INVALID {@code award.unknown}, {@code award.subject-type-mismatch} or
     *         {@code catalogue.no-coefficient}
     */
    public long rewardAmount(String awardCode, SubjectType subjectType, LocalDate decisionDate) {
        return reward(awardCode, subjectType, decisionDate).amount();
    }

    /**
     * As {@link #rewardAmount}, with the factors and their sources: the coefficient and its citation, the base
     * salary and the decree that set it, the catalogue version.
     */
    public Reward reward(String awardCode, SubjectType subjectType, LocalDate decisionDate) {
        CatalogueVersion version = versionOn(decisionDate).version();
        AwardForm award = version.catalogue().require(awardCode, subjectType);
        BigDecimal coefficient = award.coefficientFor(subjectType)
                .orElseThrow(() -> DomainException.invalid("catalogue.no-coefficient", awardCode, subjectType));
        return new Reward(award.code(), subjectType, coefficient, bundled.baseSalary().on(decisionDate),
                bundled.baseSalary().rewardOn(decisionDate, coefficient), award.rewardCitation(), version.id());
    }

    private CatalogueTimeline timeline() {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        if (current == null || current.readAt().plus(properties.refresh()).isBefore(now)
                || current.readAt().isAfter(now)) {
            current = new Snapshot(readTimeline(), now);
            snapshot = current;
        }
        return current.timeline();
    }

    private CatalogueTimeline readTimeline() {
        List<CatalogueVersion> all = new ArrayList<>(bundled.versions());
        all.addAll(store.all());
        return new CatalogueTimeline(all);
    }
}
