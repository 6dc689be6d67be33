package vn.tdkt.plan.support;

/** Request bodies for plan tests. */
public final class PlanJson {

    private PlanJson() {
    }

    /** A 2025 annual plan shaped like the Sơn La fixture (01/KH-UBND), with the given tasks JSON array. */
    public static String plan(String code, int year, String tasksJson) {
        return """
                {"code":"%s","issuedOn":"%d-01-02","issuerUnit":"UBND",
                 "signer":{"name":"Nguyễn Đình Việt","title":"Chủ tịch"},
                 "title":"Triển khai công tác thi đua, khen thưởng năm %d","year":%d,"kind":"ANNUAL",
                 "legalBases":[{"documentNumber":"98/2023/NĐ-CP","date":"2023-12-31","text":"Nghị định số 98/2023/NĐ-CP"}],
                 "sections":[{"heading":"I. MỤC ĐÍCH, YÊU CẦU","text":"","children":[{"heading":"1. Mục đích","text":"Phát động ..."}]}],
                 "responsibilities":[{"unitCode":"SNV","duties":["Theo dõi, đôn đốc"]},{"unresolvedName":"Các cơ quan thông tin, truyền thông","duties":["Tuyên truyền"]}],
                 "recipients":["Ban TĐKT Trung ương","Trung tâm thông tin tỉnh"],
                 "tasks":%s}
                """.formatted(code, year, year, year, tasksJson);
    }

    public static String task(String content, String period, String lead, String... coordinating) {
        StringBuilder units = new StringBuilder();
        for (String unit : coordinating) {
            units.append(units.length() == 0 ? "" : ",").append('"').append(unit).append('"');
        }
        return """
                {"content":"%s","periodText":"%s","leadUnit":"%s","coordinatingUnits":[%s],"expectedEvidence":"REPORT"}
                """.formatted(content, period, lead, units);
    }

    public static String tasks(String... tasks) {
        return "[" + String.join(",", tasks) + "]";
    }

    public static String standardPlan(String code) {
        return plan(code, 2025, tasks(
                task("Ban hành Chỉ thị phát động thi đua tỉnh Sơn La năm 2025", "01/2025", "SNV", "VPUBND"),
                task("Báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm", "6/2025", "SNV", "SGDDT", "SYT"),
                task("Tổ chức lớp tập huấn, bồi dưỡng nghiệp vụ", "Trong quý III", "SGDDT", "SYT"),
                task("Cung cấp tin bài về gương điển hình tiên tiến", "Hàng quý", "SYT"),
                task("Tuyên truyền, phổ biến các văn bản về thi đua, khen thưởng", "Thường xuyên", "SNV")));
    }
}
