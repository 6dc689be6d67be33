package vn.tdkt.reporting.scoring.domain;

import java.util.List;

/** What one metric found for one unit in one year: {@code counted} of {@code total} facts, and the facts. */
public record Evidence(Metric metric, int counted, int total, List<EvidenceLink> links) {

    public Evidence {
        links = links == null ? List.of() : List.copyOf(links);
    }

    /** The share of facts that count; null when there is nothing to measure. */
    public Double ratio() {
        return total == 0 ? null : (double) counted / total;
    }
}
