package vn.tdkt.plan.cluster.domain;

/** Cụm (usually territorial) or khối (functional) thi đua. */
public enum ClusterType {
    CLUSTER("Cụm thi đua"),
    BLOCK("Khối thi đua");

    private final String label;

    ClusterType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
