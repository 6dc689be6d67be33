package vn.tdkt.nomination.catalogue.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every version of the catalogue, bundled and published, ordered by the day each takes effect. A version is in
 * force from its {@code effectiveFrom} to the day before the next version's.
 */
public final class CatalogueTimeline {

    private final List<CatalogueVersion> versions;

    public CatalogueTimeline(List<CatalogueVersion> versions) {
        List<CatalogueVersion> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(CatalogueVersion::effectiveFrom));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).effectiveFrom().equals(sorted.get(i - 1).effectiveFrom())) {
                throw new IllegalArgumentException("two catalogue versions take effect on "
                        + sorted.get(i).effectiveFrom() + ": " + sorted.get(i - 1).id() + ", " + sorted.get(i).id());
            }
        }
        this.versions = List.copyOf(sorted);
    }

    /** The version in force on {@code date}, if any (none before the first version). */
    public Optional<CatalogueVersion> inForceOn(LocalDate date) {
        CatalogueVersion found = null;
        for (CatalogueVersion version : versions) {
            if (!version.effectiveFrom().isAfter(date)) {
                found = version;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The last day {@code version} is in force, or {@code null} while no later version exists. */
    public LocalDate effectiveTo(CatalogueVersion version) {
        int index = versions.indexOf(version);
        return index >= 0 && index + 1 < versions.size() ? versions.get(index + 1).effectiveFrom().minusDays(1) : null;
    }

    public Optional<CatalogueVersion> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /** Oldest first. */
    public List<CatalogueVersion> versions() {
        return versions;
    }
}
