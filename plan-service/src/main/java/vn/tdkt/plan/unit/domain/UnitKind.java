package vn.tdkt.plan.unit.domain;

/** Kind of org unit. */
public enum UnitKind {
    PROVINCE("UBND tỉnh"),
    OFFICE("Văn phòng"),
    DEPARTMENT("Sở, ban, ngành"),
    COMMUNE("Xã"),
    WARD("Phường"),
    SPECIAL_ZONE("Đặc khu"),
    SUB_UNIT("Đơn vị trực thuộc"),
    ENTERPRISE("Doanh nghiệp"),
    COUNCIL("Hội đồng"),
    EXTERNAL("Cơ quan ngoài tỉnh"),
    /** A collective addressee of plans ("các cơ quan, đơn vị, địa phương", "lãnh đạo tỉnh"), not one body. */
    GROUP("Nhóm cơ quan, đơn vị");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
