package vn.tdkt.plan.cluster.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** A member's role in a cụm/khối for a year. */
@RequiredArgsConstructor
@Getter
public enum ClusterRole {
    TRUONG_KHOI("Trưởng khối"),
    PHO_KHOI("Phó khối"),
    THANH_VIEN("Thành viên");

    private final String label;
}
