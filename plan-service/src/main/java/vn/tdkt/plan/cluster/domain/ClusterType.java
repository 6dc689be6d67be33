package vn.tdkt.plan.cluster.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Cụm (usually territorial) or khối (functional) thi đua. */
@RequiredArgsConstructor
@Getter
public enum ClusterType {
    CLUSTER("Cụm thi đua"),
    BLOCK("Khối thi đua");

    private final String label;
}
