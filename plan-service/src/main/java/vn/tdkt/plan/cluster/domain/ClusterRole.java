package vn.tdkt.plan.cluster.domain;

/** A member's role in a cụm/khối for a year. */
public enum ClusterRole {
    TRUONG_KHOI("Trưởng khối"),
    PHO_KHOI("Phó khối"),
    THANH_VIEN("Thành viên");

    private final String label;

    ClusterRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
